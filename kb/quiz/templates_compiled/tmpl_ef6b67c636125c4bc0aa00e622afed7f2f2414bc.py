from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'items/_item_feedback.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_text = resolve('text')
    l_0_view = resolve('view')
    pass
    yield '<div class="kb-quiz__item-feedback" data-kb-item-feedback hidden>'
    yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'block'), environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'feedback')))
    yield '</div>'

blocks = {}
debug_info = '1=14'