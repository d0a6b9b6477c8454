from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'scenario-page.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_scenario = resolve('scenario')
    l_0_best = resolve('best')
    l_0_review_href = resolve('review_href')
    l_0_text = resolve('text')
    pass
    yield '<h1>'
    yield escape(environment.getattr((undefined(name='scenario') if l_0_scenario is missing else l_0_scenario), 'title'))
    yield '</h1>\n<div class="kb-scenario" data-kb-scenario="'
    yield escape(environment.getattr((undefined(name='scenario') if l_0_scenario is missing else l_0_scenario), 'id'))
    yield '" data-kb-start="'
    yield escape(environment.getattr((undefined(name='scenario') if l_0_scenario is missing else l_0_scenario), 'start'))
    yield '" data-kb-best="'
    yield escape((undefined(name='best') if l_0_best is missing else l_0_best))
    yield '" data-kb-review-href="'
    yield escape((undefined(name='review_href') if l_0_review_href is missing else l_0_review_href))
    yield '"><div class="kb-scenario__intro">'
    yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'block'), environment.getattr((undefined(name='scenario') if l_0_scenario is missing else l_0_scenario), 'intro')))
    yield '<p class="kb-scenario__how">一步一步选你会怎么说、怎么做。每一步都有点评和“回到原文”的链接；可以退一步重选，也可以从头再来。最好的走法共 '
    yield escape((undefined(name='best') if l_0_best is missing else l_0_best))
    yield ' 分。进度保存在本机浏览器里。</p></div><div class="kb-notice kb-scenario__replay" data-kb-replay-notice hidden><p>从错题本里记下的这一步开始重练：<span data-kb-replay-step></span></p><button type="button" class="md-button" data-kb-scenario-action="from-start">改为从头开始</button></div><ol class="kb-scenario__log" data-kb-log aria-label="对话记录">'
    def t_1(fiter):
        for l_1_step in fiter:
            if (environment.getattr(l_1_step, 'id') == environment.getattr((undefined(name='scenario') if l_0_scenario is missing else l_0_scenario), 'start')):
                yield l_1_step
    for l_1_step in t_1(environment.getattr((undefined(name='scenario') if l_0_scenario is missing else l_0_scenario), 'steps')):
        _loop_vars = {}
        pass
        yield '<li class="kb-turn kb-turn--customer"><div class="kb-scenario__says"><span class="kb-scenario__who">客户这边</span>'
        yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'block'), environment.getattr(l_1_step, 'says'), _loop_vars=_loop_vars))
        yield '</div></li><li class="kb-turn kb-turn--choices"><fieldset class="kb-scenario__choices" disabled><legend class="kb-scenario__prompt">你会怎么做？</legend>'
        for l_2_choice in environment.getattr(l_1_step, 'choices'):
            _loop_vars = {}
            pass
            yield '<button type="button" class="kb-scenario__choice">'
            yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'inline'), environment.getattr(l_2_choice, 'text'), _loop_vars=_loop_vars))
            yield '</button>'
        l_2_choice = missing
        yield '</fieldset></li>'
    l_1_step = missing
    yield '</ol><noscript><p class="kb-notice">情景演练需要启用 JavaScript：请在浏览器里打开 JavaScript 后刷新这一页。</p></noscript><div class="kb-scenario__controls"><button type="button" class="md-button" data-kb-scenario-action="step-back" disabled aria-describedby="kb-scenario-back-why">退一步</button><button type="button" class="md-button" data-kb-scenario-action="restart">从头再来</button><span class="kb-scenario__why" id="kb-scenario-back-why" data-kb-back-why>还没有做出选择，没有可以退回的一步。</span></div><div class="kb-scenario__summary" data-kb-summary tabindex="-1" hidden></div><p class="kb-visually-hidden" data-kb-announce role="status" aria-live="polite"></p><div class="kb-scenario__nodes" data-kb-nodes hidden>'
    for l_1_step in environment.getattr((undefined(name='scenario') if l_0_scenario is missing else l_0_scenario), 'steps'):
        _loop_vars = {}
        pass
        yield '<section class="kb-scenario__node" data-kb-node="'
        yield escape(environment.getattr(l_1_step, 'id'))
        yield '" data-kb-node-kind="step"><div class="kb-scenario__says" data-kb-says><span class="kb-scenario__who">客户这边</span>'
        yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'block'), environment.getattr(l_1_step, 'says'), _loop_vars=_loop_vars))
        yield '</div><fieldset class="kb-scenario__choices"><legend class="kb-scenario__prompt">你会怎么做？</legend>'
        for l_2_choice in environment.getattr(l_1_step, 'choices'):
            _loop_vars = {}
            pass
            yield '<button type="button" class="kb-scenario__choice" data-kb-choice="'
            yield escape(environment.getattr(l_2_choice, 'key'))
            yield '" data-kb-next="'
            yield escape(environment.getattr(l_2_choice, 'next'))
            yield '" data-kb-score="'
            yield escape(environment.getattr(l_2_choice, 'score'))
            yield '">'
            yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'inline'), environment.getattr(l_2_choice, 'text'), _loop_vars=_loop_vars))
            yield '</button>'
        l_2_choice = missing
        yield '</fieldset>'
        for l_2_choice in environment.getattr(l_1_step, 'choices'):
            l_2_score_labels = resolve('score_labels')
            _loop_vars = {}
            pass
            yield '<div class="kb-scenario__feedback" data-kb-choice-feedback="'
            yield escape(environment.getattr(l_2_choice, 'key'))
            yield '"><p class="kb-scenario__verdict" data-kb-choice-verdict>'
            yield escape(environment.getitem((undefined(name='score_labels') if l_2_score_labels is missing else l_2_score_labels), environment.getattr(l_2_choice, 'score')))
            yield '（'
            yield escape(environment.getattr(l_2_choice, 'score'))
            yield ' 分）</p>'
            yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'block'), environment.getattr(l_2_choice, 'feedback'), _loop_vars=_loop_vars))
            yield '<p class="kb-quiz__cite"><a href="'
            yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'href'), environment.getattr(l_2_choice, 'citation'), _loop_vars=_loop_vars))
            yield '" data-kb-cite>回到原文：'
            yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'section_title'), environment.getattr(l_2_choice, 'citation'), _loop_vars=_loop_vars))
            yield '</a></p></div>'
        l_2_choice = l_2_score_labels = missing
        yield '</section>'
    l_1_step = missing
    for l_1_ending in environment.getattr((undefined(name='scenario') if l_0_scenario is missing else l_0_scenario), 'endings'):
        _loop_vars = {}
        pass
        yield '<section class="kb-scenario__node" data-kb-node="'
        yield escape(environment.getattr(l_1_ending, 'id'))
        yield '" data-kb-node-kind="ending"><div class="kb-scenario__ending"><p class="kb-scenario__who">结局</p>'
        yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'block'), environment.getattr(l_1_ending, 'verdict'), _loop_vars=_loop_vars))
        yield '</div></section>'
    l_1_ending = missing
    yield '</div></div>\n'

blocks = {}
debug_info = '1=16'