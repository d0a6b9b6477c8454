from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'items/matching.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('item.html', 'items/matching.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_answer(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_view = resolve('view')
    pass
    yield '<div class="kb-match" data-kb-match>'
    for l_1_left in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'lefts'):
        _loop_vars = {}
        pass
        yield '<div class="kb-match__row" data-kb-match-row="'
        yield escape(environment.getattr(l_1_left, 'key'))
        yield '"><label for="kb-'
        yield escape(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'id'))
        yield '-'
        yield escape(environment.getattr(l_1_left, 'key'))
        yield '" class="kb-match__left">'
        yield escape(environment.getattr(l_1_left, 'text'))
        yield '</label><select id="kb-'
        yield escape(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'id'))
        yield '-'
        yield escape(environment.getattr(l_1_left, 'key'))
        yield '" data-kb-match-select="'
        yield escape(environment.getattr(l_1_left, 'key'))
        yield '"><option value="">请选择…</option>'
        for l_2_right in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'rights'):
            _loop_vars = {}
            pass
            yield '<option value="'
            yield escape(environment.getattr(l_2_right, 'key'))
            yield '">'
            yield escape(environment.getattr(l_2_right, 'text'))
            yield '</option>'
        l_2_right = missing
        yield '</select><span class="kb-match__chosen" data-kb-match-chosen aria-hidden="true"></span><span class="kb-match__mark" data-kb-part-mark></span></div>'
    l_1_left = missing
    yield '</div>'

def block_feedback(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    template = environment.get_template('items/_item_feedback.html', 'items/matching.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'answer': block_answer, 'feedback': block_feedback}
debug_info = '1=12'