from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'page-parts.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_styles = resolve('styles')
    l_0_chunks = resolve('chunks')
    l_0_scripts = resolve('scripts')
    pass
    for l_1_style in (undefined(name='styles') if l_0_styles is missing else l_0_styles):
        _loop_vars = {}
        pass
        yield '<link rel="stylesheet" href="'
        yield escape(l_1_style)
        yield '">'
    l_1_style = missing
    for l_1_chunk in (undefined(name='chunks') if l_0_chunks is missing else l_0_chunks):
        _loop_vars = {}
        pass
        yield '<link rel="modulepreload" href="'
        yield escape(l_1_chunk)
        yield '">'
    l_1_chunk = missing
    for l_1_script in (undefined(name='scripts') if l_0_scripts is missing else l_0_scripts):
        _loop_vars = {}
        pass
        yield '<script type="module" src="'
        yield escape(l_1_script)
        yield '"></script>'
    l_1_script = missing

blocks = {}
debug_info = '1=14'