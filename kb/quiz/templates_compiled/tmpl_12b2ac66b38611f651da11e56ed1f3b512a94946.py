from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'progress-attributes.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_summaries = resolve('summaries')
    l_0_review_href = resolve('review_href')
    try:
        t_1 = environment.filters['json']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'json' found.")
    pass
    yield 'data-kb-banks="'
    yield escape(t_1((undefined(name='summaries') if l_0_summaries is missing else l_0_summaries)))
    yield '" data-kb-review-href="'
    yield escape((undefined(name='review_href') if l_0_review_href is missing else l_0_review_href))
    yield '"'

blocks = {}
debug_info = '1=20'