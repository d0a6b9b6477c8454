from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'items/fill_in.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('item.html', 'items/fill_in.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_question(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '把下面这句话补完整：'

def block_answer(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_view = resolve('view')
    try:
        t_1 = environment.filters['striptags']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'striptags' found.")
    pass
    yield '<p class="kb-fill" data-kb-fill>'
    l_1_loop = missing
    for l_1_segment, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'segments'), undefined):
        l_1_text = resolve('text')
        l_1_before = resolve('before')
        _loop_vars = {}
        pass
        if (not environment.getattr(l_1_loop, 'first')):
            pass
            l_1_before = (t_1(context.call(environment.getattr((undefined(name='text') if l_1_text is missing else l_1_text), 'inline'), context.call(environment.getattr(environment.getattr(l_1_loop, 'previtem'), 'strip'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)) if context.call(environment.getattr(environment.getattr(l_1_loop, 'previtem'), 'strip'), _loop_vars=_loop_vars) else '')
            _loop_vars['before'] = l_1_before
            yield '<input type="text" class="kb-fill__blank" data-kb-blank="'
            yield escape((environment.getattr(l_1_loop, 'index0') - 1))
            yield '" aria-label="第 '
            yield escape(environment.getattr(l_1_loop, 'index0'))
            yield ' 空'
            if (undefined(name='before') if l_1_before is missing else l_1_before):
                pass
                yield '（'
                yield escape((undefined(name='before') if l_1_before is missing else l_1_before)[-12:])
                yield '＿）'
            yield '" placeholder="第 '
            yield escape(environment.getattr(l_1_loop, 'index0'))
            yield ' 空" autocomplete="off" maxlength="200"><span class="kb-fill__mark" data-kb-part-mark></span>'
        if context.call(environment.getattr(l_1_segment[:1], 'isspace'), _loop_vars=_loop_vars):
            pass
            yield ' '
        if context.call(environment.getattr(l_1_segment, 'strip'), _loop_vars=_loop_vars):
            pass
            yield escape(context.call(environment.getattr((undefined(name='text') if l_1_text is missing else l_1_text), 'inline'), context.call(environment.getattr(l_1_segment, 'strip'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
        if context.call(environment.getattr(l_1_segment[-1:], 'isspace'), _loop_vars=_loop_vars):
            pass
            yield ' '
    l_1_loop = l_1_segment = l_1_text = l_1_before = missing
    yield '</p>'

def block_feedback(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_view = resolve('view')
    pass
    yield '<p class="kb-quiz__accepted" data-kb-accepted>'
    yield escape(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'accepted_text'))
    yield '</p>'
    template = environment.get_template('items/_item_feedback.html', 'items/fill_in.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'question': block_question, 'answer': block_answer, 'feedback': block_feedback}
debug_info = '1=12'