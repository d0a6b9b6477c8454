from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'quiz-index.md'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_banks = resolve('banks')
    l_0_total = resolve('total')
    l_0_kind_counts = resolve('kind_counts')
    l_0_review_href = resolve('review_href')
    l_0_today_href = resolve('today_href')
    l_0_rows = resolve('rows')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '# 自测题\n\n<p>共 '
    yield escape(t_2((undefined(name='banks') if l_0_banks is missing else l_0_banks)))
    yield ' 套题、'
    yield escape((undefined(name='total') if l_0_total is missing else l_0_total))
    yield ' 道题'
    if (undefined(name='kind_counts') if l_0_kind_counts is missing else l_0_kind_counts):
        pass
        yield '（'
        yield escape(t_1(context.eval_ctx, (undefined(name='kind_counts') if l_0_kind_counts is missing else l_0_kind_counts), '、'))
        yield '）'
    yield '。每套题对应一个专题，读完专题再做；答错的题会进入<a href="'
    yield escape((undefined(name='review_href') if l_0_review_href is missing else l_0_review_href))
    yield '">错题本</a>，并链接回讲它的小节。</p>\n\n<p class="kb-due" data-kb-due hidden><span data-kb-due-text></span> <a href="'
    yield escape((undefined(name='today_href') if l_0_today_href is missing else l_0_today_href))
    yield '">去今日复习</a></p>\n\n'
    template = environment.get_template('reminder.html', 'quiz-index.md')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n<div class="kb-progress" data-kb-progress="full" '
    template = environment.get_template('progress-attributes.html', 'quiz-index.md')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '><p class="kb-progress__overall" data-kb-progress-overall>还没有做题记录。</p><div class="kb-quiz-index"><table><thead><tr><th>题库</th><th>题数</th><th>做过</th><th>最好成绩</th><th>上次做题</th></tr></thead><tbody>'
    for l_1_row in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
        _loop_vars = {}
        pass
        yield '<tr data-kb-bank-row="'
        yield escape(environment.getattr(l_1_row, 'id'))
        yield '"><td><a href="'
        yield escape(environment.getattr(l_1_row, 'href'))
        yield '">'
        yield escape(environment.getattr(l_1_row, 'title'))
        yield '</a></td><td>'
        yield escape(environment.getattr(l_1_row, 'total'))
        yield '</td><td data-kb-cell=attempted>—</td><td data-kb-cell=best>—</td><td data-kb-cell=last>—</td></tr>'
    l_1_row = missing
    yield '</tbody></table></div></div>\n\n## 我的进度数据 {#my-data}\n\n<p>做题记录只保存在这台电脑的浏览器里。换电脑或换浏览器时，先导出，再在新浏览器里导入。</p>\n<div class="kb-data-tools" data-kb-data-tools><p class="kb-data-tools__about">要把进度发给培训师时：<label>给培训师看的名字，可以不填 <input type="text" maxlength="40" autocomplete="off" data-kb-export-name></label> <label><input type="checkbox" data-kb-export-pilot> 试做：我还没读过材料</label></p><button type="button" class="md-button" data-kb-action="export">导出进度（JSON 文件）</button><label class="md-button kb-data-tools__import">导入进度<input type="file" accept="application/json,.json" data-kb-import></label><button type="button" class="md-button kb-button--destructive" data-kb-action="reset-all">清空全部进度</button><p class="kb-data-tools__message" data-kb-data-message role="status" aria-live="polite"></p></div>'

blocks = {}
debug_info = '4=30&6=42&8=44&10=51&11=58&12=62'