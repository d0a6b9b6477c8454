from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'items/categorise.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('item.html', 'items/categorise.html')
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
    yield '<div class="kb-match kb-sort" data-kb-sort>'
    for l_1_statement in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'statements'):
        _loop_vars = {}
        pass
        yield '<div class="kb-match__row" data-kb-sort-row="'
        yield escape(environment.getattr(l_1_statement, 'key'))
        yield '"><label for="kb-'
        yield escape(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'id'))
        yield '-'
        yield escape(environment.getattr(l_1_statement, 'key'))
        yield '" class="kb-match__left">'
        yield escape(environment.getattr(l_1_statement, 'text'))
        yield '</label><select id="kb-'
        yield escape(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'id'))
        yield '-'
        yield escape(environment.getattr(l_1_statement, 'key'))
        yield '" data-kb-sort-select="'
        yield escape(environment.getattr(l_1_statement, 'key'))
        yield '"><option value="">归入哪一组…</option>'
        for l_2_group in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'groups'):
            _loop_vars = {}
            pass
            yield '<option value="'
            yield escape(environment.getattr(l_2_group, 'key'))
            yield '">'
            yield escape(environment.getattr(l_2_group, 'name'))
            yield '</option>'
        l_2_group = missing
        yield '</select><span class="kb-match__mark" data-kb-part-mark></span></div>'
    l_1_statement = missing
    yield '</div>'

def block_feedback(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    template = environment.get_template('items/_item_feedback.html', 'items/categorise.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'answer': block_answer, 'feedback': block_feedback}
debug_info = '1=12'