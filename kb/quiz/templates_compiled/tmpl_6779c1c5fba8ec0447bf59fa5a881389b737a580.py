from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'quiz-page.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_bank = resolve('bank')
    l_0_answer_key = resolve('answer_key')
    l_0_text = resolve('text')
    l_0_items = resolve('items')
    l_0_next_steps = resolve('next_steps')
    try:
        t_1 = environment.filters['json']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'json' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<div class="kb-quiz" data-kb-quiz="'
    yield escape(environment.getattr((undefined(name='bank') if l_0_bank is missing else l_0_bank), 'id'))
    yield '" data-kb-shuffle="'
    yield escape(('true' if environment.getattr((undefined(name='bank') if l_0_bank is missing else l_0_bank), 'shuffle_options') else 'false'))
    yield '" data-kb-answer-key="'
    yield escape(t_1((undefined(name='answer_key') if l_0_answer_key is missing else l_0_answer_key)))
    yield '"><div class="kb-quiz__intro">'
    if environment.getattr((undefined(name='bank') if l_0_bank is missing else l_0_bank), 'intro'):
        pass
        yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'block'), environment.getattr((undefined(name='bank') if l_0_bank is missing else l_0_bank), 'intro')))
    yield '<p class="kb-quiz__count">共 '
    yield escape(t_2((undefined(name='items') if l_0_items is missing else l_0_items)))
    yield ' 题。每题可以单独提交，也可以做完后一起提交；进度保存在本机浏览器里。</p></div>'
    template = environment.get_template('item-list.html', 'quiz-page.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<div class="kb-quiz__actions"><button type="button" class="md-button md-button--primary" data-kb-action="submit-all">全部提交</button><button type="button" class="md-button kb-button--destructive" data-kb-action="reset">再做一次</button></div><div class="kb-quiz__result" data-kb-result tabindex="-1" hidden></div><nav class="kb-quiz__next" data-kb-next aria-label="做完以后" hidden><p class="kb-quiz__next-links"><a class="md-button md-button--primary" href="'
    yield escape(environment.getattr((undefined(name='next_steps') if l_0_next_steps is missing else l_0_next_steps), 'review_href'))
    yield '" data-kb-next-review hidden>去错题本练习没答对的题</a>'
    if environment.getattr((undefined(name='next_steps') if l_0_next_steps is missing else l_0_next_steps), 'lesson'):
        pass
        yield '<a class="md-button" href="'
        yield escape(environment.getattr((undefined(name='next_steps') if l_0_next_steps is missing else l_0_next_steps), 'lesson_href'))
        yield '" data-kb-next-lesson>下一课：'
        yield escape(environment.getattr(environment.getattr((undefined(name='next_steps') if l_0_next_steps is missing else l_0_next_steps), 'lesson'), 'title'))
        yield '</a>'
    yield '</p><p class="kb-due" data-kb-next-due hidden><span data-kb-due-text></span> <a href="'
    yield escape(environment.getattr((undefined(name='next_steps') if l_0_next_steps is missing else l_0_next_steps), 'today_href'))
    yield '">去今日复习</a></p></nav><p class="kb-visually-hidden" data-kb-announce role="status" aria-live="polite"></p></div>\n'

blocks = {}
debug_info = '1=29'