from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'review-page.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_build = resolve('build')
    l_0_summaries = resolve('summaries')
    l_0_index_href = resolve('index_href')
    l_0_today_href = resolve('today_href')
    l_0_groups = resolve('groups')
    try:
        t_1 = environment.filters['json']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'json' found.")
    pass
    yield '<div class="kb-quiz kb-review" data-kb-quiz="__review__" data-kb-review data-kb-item-source data-kb-build="'
    yield escape((undefined(name='build') if l_0_build is missing else l_0_build))
    yield '" data-kb-banks="'
    yield escape(t_1((undefined(name='summaries') if l_0_summaries is missing else l_0_summaries)))
    yield '" data-kb-answer-key="{&#34;bank&#34;:&#34;__review__&#34;,&#34;title&#34;:&#34;错题本&#34;,&#34;items&#34;:{}}"><noscript><p class="kb-notice">错题本需要启用 JavaScript：答错的题记在这个浏览器里，由页面脚本找出来显示。请打开 JavaScript 后刷新这一页。</p></noscript><p class="kb-review__loading" data-kb-load-status role="status" aria-live="polite"></p><p class="kb-review__empty" data-kb-review-empty hidden>错题本是空的。去<a href="'
    yield escape((undefined(name='index_href') if l_0_index_href is missing else l_0_index_href))
    yield '">自测题</a>做一套题吧：答错的题会出现在这里，连续答对两次后移出。</p><p class="kb-review__today"><a href="'
    yield escape((undefined(name='today_href') if l_0_today_href is missing else l_0_today_href))
    yield '">今日复习</a>：做过的题会按间隔重复的安排回来，今天到期的题在那里复习。</p><p class="kb-review__steps" data-kb-scenario-review-link hidden>情景演练里还有 <span data-kb-scenario-review-count></span> 个步骤要重练：<a href="#scenario-steps">跳到这些步骤</a></p><div class="kb-review__toolbar" data-kb-review-toolbar hidden><p data-kb-review-count></p><button type="button" class="md-button md-button--primary" data-kb-action="practice">练习错题</button><button type="button" class="md-button" data-kb-action="end-practice" hidden>结束练习，回到错题列表</button></div>'
    for l_1_group in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        _loop_vars = {}
        pass
        yield '<section class="kb-review__group" data-kb-review-group data-kb-topic="'
        yield escape(environment.getattr(l_1_group, 'page'))
        yield '" hidden><h2 class="kb-review__topic">'
        yield escape(environment.getattr(l_1_group, 'title'))
        yield '</h2><ol class="kb-quiz__items"></ol></section>\n'
    l_1_group = missing
    yield '<section class="kb-review__group" data-kb-review-group data-kb-topic="" hidden><h2 class="kb-review__topic">其他</h2><ol class="kb-quiz__items"></ol></section><p class="kb-visually-hidden" data-kb-announce role="status" aria-live="polite"></p></div>\n'

blocks = {}
debug_info = '1=23'