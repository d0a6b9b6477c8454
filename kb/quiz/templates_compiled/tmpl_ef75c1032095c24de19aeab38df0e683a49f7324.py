from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'item-list.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_items = resolve('items')
    pass
    yield '<ol class="kb-quiz__items">\n'
    for l_1_view in (undefined(name='items') if l_0_items is missing else l_0_items):
        _loop_vars = {}
        pass
        template = environment.get_or_select_template(environment.getattr(l_1_view, 'template'), 'item-list.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'view': l_1_view}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n'
    l_1_view = missing
    yield '</ol>'

blocks = {}
debug_info = '1=13'