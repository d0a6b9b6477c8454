from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'scenario-due.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_entries = resolve('entries')
    pass
    yield '<section class="kb-scenario-review" data-kb-scenario-due hidden><h2 id="scenario-steps-due">情景演练：今天到期的步骤</h2><p>情景演练里走过的每一步也按同样的间隔回来。点进去，从那一步重新选。</p><ul class="kb-scenario-review__list">'
    for l_1_entry in (undefined(name='entries') if l_0_entries is missing else l_0_entries):
        _loop_vars = {}
        pass
        yield '<li data-kb-scenario-step="'
        yield escape(environment.getattr(l_1_entry, 'scenario'))
        yield '" data-kb-scenario-node="'
        yield escape(environment.getattr(l_1_entry, 'node'))
        yield '" hidden><a href="'
        yield escape(environment.getattr(l_1_entry, 'href'))
        yield '">'
        yield escape(environment.getattr(l_1_entry, 'title'))
        yield '：'
        yield escape(environment.getattr(l_1_entry, 'label'))
        yield '</a>（从这一步重练）</li>'
    l_1_entry = missing
    yield '</ul></section>'

blocks = {}
debug_info = '1=13'