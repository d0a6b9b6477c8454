from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'today-page.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_build = resolve('build')
    l_0_summaries = resolve('summaries')
    l_0_index_href = resolve('index_href')
    l_0_review_href = resolve('review_href')
    try:
        t_1 = environment.filters['json']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'json' found.")
    pass
    yield '<div class="kb-quiz kb-today" data-kb-quiz="__today__" data-kb-today data-kb-item-source data-kb-build="'
    yield escape((undefined(name='build') if l_0_build is missing else l_0_build))
    yield '" data-kb-banks="'
    yield escape(t_1((undefined(name='summaries') if l_0_summaries is missing else l_0_summaries)))
    yield '" data-kb-answer-key="{&#34;bank&#34;:&#34;__today__&#34;,&#34;title&#34;:&#34;今日复习&#34;,&#34;items&#34;:{}}"><p class="kb-today__intro">做过的每道题都会按间隔重复（莱特纳卡片盒）的安排回来：答对了，隔得越来越久（3、7、14、30 天）再出现；答错了，第二天就回来。这里是今天到期的题，每次最多 20 道，选项顺序打乱。</p><noscript><p class="kb-notice">今日复习需要启用 JavaScript：复习安排记在这个浏览器里，由页面脚本算出今天到期的题。请打开 JavaScript 后刷新这一页。</p></noscript><p class="kb-review__loading" data-kb-load-status role="status" aria-live="polite"></p><p class="kb-today__empty" data-kb-today-first hidden>还没有做题记录。先去<a href="'
    yield escape((undefined(name='index_href') if l_0_index_href is missing else l_0_index_href))
    yield '">自测题</a>做一套题：做过的题会按安排回到这里。</p><p class="kb-today__empty" data-kb-today-empty hidden></p><p class="kb-today__count" data-kb-today-count hidden></p><ol class="kb-quiz__items" data-kb-today-list></ol><div class="kb-quiz__result" data-kb-today-summary tabindex="-1" hidden></div><p class="kb-today__links"><a href="'
    yield escape((undefined(name='review_href') if l_0_review_href is missing else l_0_review_href))
    yield '">错题本</a> · <a href="'
    yield escape((undefined(name='index_href') if l_0_index_href is missing else l_0_index_href))
    yield '">自测题</a></p><p class="kb-visually-hidden" data-kb-announce role="status" aria-live="polite"></p></div>'
    template = environment.get_template('reminder.html', 'today-page.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n'

blocks = {}
debug_info = '1=22'