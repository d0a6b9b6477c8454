from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'scenario-link.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_links = resolve('links')
    pass
    yield '<p class="kb-selfcheck kb-scenario-link">'
    l_1_loop = missing
    for l_1_link, l_1_loop in LoopContext((undefined(name='links') if l_0_links is missing else l_0_links), undefined):
        _loop_vars = {}
        pass
        yield '<a href="'
        yield escape(environment.getattr(l_1_link, 'href'))
        yield '">情景演练：'
        yield escape(environment.getattr(l_1_link, 'title'))
        yield '</a>'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield '<br>'
    l_1_loop = l_1_link = missing
    yield '</p>'

blocks = {}
debug_info = '1=14'