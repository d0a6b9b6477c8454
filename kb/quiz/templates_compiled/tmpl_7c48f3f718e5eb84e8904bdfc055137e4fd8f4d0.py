from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report-data.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_attribute = resolve('attribute')
    l_0_data = resolve('data')
    try:
        t_1 = environment.filters['json']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'json' found.")
    pass
    yield '<div hidden '
    yield escape((undefined(name='attribute') if l_0_attribute is missing else l_0_attribute))
    yield '="'
    yield escape(t_1((undefined(name='data') if l_0_data is missing else l_0_data)))
    yield '"></div>'

blocks = {}
debug_info = '1=20'