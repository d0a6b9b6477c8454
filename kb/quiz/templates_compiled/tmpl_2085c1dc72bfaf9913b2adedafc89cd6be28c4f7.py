from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'selfcheck-link.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_href = resolve('href')
    l_0_count = resolve('count')
    l_0_where = resolve('where')
    pass
    yield '<p class="kb-selfcheck"><a href="'
    yield escape((undefined(name='href') if l_0_href is missing else l_0_href))
    yield '">本节自测（'
    yield escape((undefined(name='count') if l_0_count is missing else l_0_count))
    yield ' 题'
    if (undefined(name='where') if l_0_where is missing else l_0_where):
        pass
        yield '：'
        yield escape((undefined(name='where') if l_0_where is missing else l_0_where))
    yield '）</a></p>'

blocks = {}
debug_info = '1=15'