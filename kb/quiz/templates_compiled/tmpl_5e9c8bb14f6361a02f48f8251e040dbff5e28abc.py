from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'scenario-list.md'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_entries = resolve('entries')
    pass
    yield '\n\n## 情景演练 {#scenarios}\n\n把专题里学到的用在一段对话里：客户说一句，你选一种说法，每一步都有点评和回到原文的链接。\n\n<div class="kb-scenario-list" data-kb-scenario-list><ul>\n'
    for l_1_entry in (undefined(name='entries') if l_0_entries is missing else l_0_entries):
        _loop_vars = {}
        pass
        yield '<li data-kb-scenario-entry="'
        yield escape(environment.getattr(l_1_entry, 'id'))
        yield '" data-kb-best="'
        yield escape(environment.getattr(l_1_entry, 'best'))
        yield '"><a href="'
        yield escape(environment.getattr(l_1_entry, 'href'))
        yield '">'
        yield escape(environment.getattr(l_1_entry, 'title'))
        yield '</a>（最好 '
        yield escape(environment.getattr(l_1_entry, 'best'))
        yield ' 分）<span class="kb-scenario-list__score" data-kb-scenario-score></span></li>\n'
    l_1_entry = missing
    yield '</ul></div>'

blocks = {}
debug_info = '9=13&10=17'