from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'item.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_item_anchor = resolve('item_anchor')
    l_0_view = resolve('view')
    l_0_text = resolve('text')
    pass
    yield '<li class="kb-quiz__item" id="'
    yield escape(context.call((undefined(name='item_anchor') if l_0_item_anchor is missing else l_0_item_anchor), environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'id')))
    yield '" data-kb-item="'
    yield escape(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'id'))
    yield '" data-kb-bank="'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'bank_id'))
    yield '" data-kb-kind="'
    yield escape(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'kind'))
    yield '" data-kb-topic="'
    yield escape(environment.getattr(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'citation'), 'page'))
    yield '"><fieldset class="kb-quiz__fieldset"><legend class="kb-quiz__question"><span class="kb-quiz__number">第 '
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'number'))
    yield ' 题 · '
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'label'))
    yield '</span><span class="kb-quiz__question-text">'
    yield from context.blocks['question'][0](context)
    yield '</span></legend>'
    yield from context.blocks['answer'][0](context)
    yield '</fieldset><div class="kb-quiz__item-actions"><button type="button" class="md-button kb-quiz__check" data-kb-action="check">提交本题</button></div><div class="kb-quiz__feedback" data-kb-feedback data-search-exclude hidden><p class="kb-quiz__verdict" data-kb-verdict></p>'
    yield from context.blocks['feedback'][0](context)
    yield '<div class="kb-quiz__explanation"><p class="kb-quiz__label">解析</p>'
    yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'block'), environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'explanation')))
    yield '</div><p class="kb-quiz__cite"><a data-kb-cite href="'
    yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'href'), environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'citation')))
    yield '">回到原文：'
    yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'section_title'), environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'citation')))
    yield '</a></p></div></li>'

def block_question(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_text = resolve('text')
    l_0_view = resolve('view')
    pass
    yield escape(context.call(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'inline'), environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'question'), _block_vars=_block_vars))

def block_answer(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_feedback(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'question': block_question, 'answer': block_answer, 'feedback': block_feedback}
debug_info = '1=15'