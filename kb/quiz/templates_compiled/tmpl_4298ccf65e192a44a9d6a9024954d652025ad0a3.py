from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'scenario-review.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_entries = resolve('entries')
    pass
    yield '<section class="kb-scenario-review" data-kb-scenario-review hidden><h2 id="scenario-steps">情景演练：需要再练的步骤</h2><p>在情景演练里没选到最好做法的步骤。点进去，从那一步重新练；选到最好的做法后，它就从这里移出。</p><ul class="kb-scenario-review__list">'
    for l_1_entry in (undefined(name='entries') if l_0_entries is missing else l_0_entries):
        _loop_vars = {}
        pass
        yield '<li data-kb-scenario-weak="'
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