from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'items/choice.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('item.html', 'items/choice.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_answer(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_view = resolve('view')
    pass
    yield '<div class="kb-quiz__options">'
    for l_1_option in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'options'):
        l_1_text = resolve('text')
        _loop_vars = {}
        pass
        yield '<label class="kb-quiz__option" data-kb-option="'
        yield escape(environment.getattr(l_1_option, 'key'))
        yield '"><input type="'
        yield escape(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'input_type'))
        yield '" name="kb-'
        yield escape(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'id'))
        yield '" value="'
        yield escape(environment.getattr(l_1_option, 'key'))
        yield '"><span class="kb-quiz__option-text">'
        yield escape(context.call(environment.getattr((undefined(name='text') if l_1_text is missing else l_1_text), 'inline'), environment.getattr(l_1_option, 'text'), _loop_vars=_loop_vars))
        yield '</span></label>'
    l_1_option = l_1_text = missing
    yield '</div>'

def block_feedback(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_view = resolve('view')
    pass
    def t_1(fiter):
        for l_1_option in fiter:
            if environment.getattr(l_1_option, 'feedback'):
                yield l_1_option
    for l_1_option in t_1(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item'), 'options')):
        l_1_text = resolve('text')
        _loop_vars = {}
        pass
        yield '<div class="kb-quiz__option-feedback" data-kb-option-feedback="'
        yield escape(environment.getattr(l_1_option, 'key'))
        yield '" hidden>'
        yield escape(context.call(environment.getattr((undefined(name='text') if l_1_text is missing else l_1_text), 'block'), environment.getattr(l_1_option, 'feedback'), _loop_vars=_loop_vars))
        yield '</div>'
    l_1_option = l_1_text = missing

blocks = {'answer': block_answer, 'feedback': block_feedback}
debug_info = '1=12'