from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'items/ordering.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('item.html', 'items/ordering.html')
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
    yield '<p class="kb-quiz__hint">用每一项右边的“上移”“下移”按钮排好顺序，最上面是第 1 位。按 Tab 键可以在按钮之间移动。</p><ol class="kb-order" data-kb-order-list>'
    for l_1_entry in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'shown_entries'):
        _loop_vars = {}
        pass
        yield '<li class="kb-order__entry" data-kb-order-entry="'
        yield escape(environment.getattr(l_1_entry, 'key'))
        yield '"><span class="kb-order__text">'
        yield escape(environment.getattr(l_1_entry, 'text'))
        yield '</span> <span class="kb-order__moves"><button type="button" class="kb-order__move" data-kb-move="up" aria-label="上移：'
        yield escape(environment.getattr(l_1_entry, 'text'))
        yield '">上移</button> <button type="button" class="kb-order__move" data-kb-move="down" aria-label="下移：'
        yield escape(environment.getattr(l_1_entry, 'text'))
        yield '">下移</button></span> <span class="kb-order__mark" data-kb-part-mark></span></li>'
    l_1_entry = missing
    yield '</ol>'

def block_feedback(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    template = environment.get_template('items/_item_feedback.html', 'items/ordering.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'answer': block_answer, 'feedback': block_feedback}
debug_info = '1=12'