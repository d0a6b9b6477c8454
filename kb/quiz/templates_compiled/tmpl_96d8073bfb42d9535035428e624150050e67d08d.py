from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'reminder.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_today_href = resolve('today_href')
    pass
    yield '<section class="kb-reminder" data-kb-reminder data-kb-reminder-url="'
    yield escape((undefined(name='today_href') if l_0_today_href is missing else l_0_today_href))
    yield '" aria-labelledby="kb-reminder-title"><h2 class="kb-reminder__title" id="kb-reminder-title">每天提醒自己复习</h2><p class="kb-reminder__streak" data-kb-streak hidden></p><p class="kb-reminder__intro">下载一个日历文件，用手机或电脑的日历打开它：每天到了你选的时间，日历会提醒你来做今日复习。不用注册，也不会发送任何数据。</p><div class="kb-reminder__controls"><label class="kb-reminder__time">提醒时间 <input type="time" value="09:00" required data-kb-reminder-time></label><button type="button" class="md-button" data-kb-reminder-add>添加每日复习提醒</button></div><p class="kb-reminder__message" data-kb-reminder-message role="status" aria-live="polite"></p></section>'

blocks = {}
debug_info = '1=13'