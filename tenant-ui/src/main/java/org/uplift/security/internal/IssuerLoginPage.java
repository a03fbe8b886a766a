package org.uplift.security.internal;

import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;
import org.uplift.security.AccessEnded;
import org.uplift.security.UiLanguage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The embedded issuer's sign-in page, in zh-CN or en, plain HTML so it loads fast before any UI. */
@Controller
@ConditionalOnExpression("'${uplift.identity.issuer-uri:}'.isEmpty()")
class IssuerLoginPage {

    private final MessageSource messages;

    IssuerLoginPage(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping(value = EmbeddedIssuerConfiguration.LOGIN_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) String error, @RequestParam(required = false) String lang) {
        Locale locale = UiLanguage.resolve(request, response, lang);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        // One message for unknown e-mail, wrong password and too many attempts (whatever ?error= says).
        String errorHtml = error == null ? "" : "<div class=\"error\" role=\"alert\" id=\"login-error\">"
                + text("disabled".equals(error) ? "login.error.disabled" : "login.error.failed", locale) + "</div>";
        // The platform ended the previous session: removed from the team, or the roles changed.
        String endedHtml = AccessEnded.take(request, response).map(reason -> "<div class=\"error\" role=\"alert\" "
                + "id=\"login-access-ended\">" + text(reason.messageKey(), locale) + "</div>").orElse("");
        errorHtml = endedHtml + errorHtml;
        // Every value below is HTML-escaped: the context path comes from X-Forwarded-Prefix and the like.
        String base = request.getContextPath();
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif;background:#f3f6f5;margin:0}
                main{max-width:380px;margin:10vh auto;background:#fff;padding:32px;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08)}
                h1{font-size:22px;margin:0 0 4px;color:#0b6e4f}p.sub{color:#666;margin:0 0 24px;font-size:14px}
                label{display:block;font-size:14px;margin:12px 0 4px}
                input{width:100%%;box-sizing:border-box;padding:10px;border:1px solid #ccc;border-radius:6px;font-size:15px}
                button{margin-top:20px;width:100%%;padding:11px;background:#0b6e4f;color:#fff;border:0;border-radius:6px;font-size:16px;cursor:pointer}
                .error{background:#fdecea;color:#a12622;padding:10px;border-radius:6px;font-size:14px;margin-bottom:8px}
                nav{margin-top:20px;font-size:14px;display:flex;justify-content:space-between}a{color:#0b6e4f}
                </style></head><body><main>
                <h1>%s</h1><p class="sub">%s</p>%s
                <form method="post" action="%s">
                <label for="username">%s</label><input id="username" name="username" type="email" autocomplete="username" required autofocus>
                <label for="password">%s</label><input id="password" name="password" type="password" autocomplete="current-password" required>
                <input type="hidden" name="%s" value="%s">
                <button type="submit" id="sign-in">%s</button></form>
                <nav><a href="%s" id="register-link">%s</a><span><a href="?lang=zh-CN">中文</a> · <a href="?lang=en">English</a></span></nav>
                </main></body></html>
                """.formatted(escape(locale.toLanguageTag()), text("login.title", locale), text("app.name", locale),
                text("login.subtitle", locale), errorHtml, escape(base + EmbeddedIssuerConfiguration.LOGIN_PAGE),
                text("login.username", locale), text("login.password", locale), escape(csrf.getParameterName()),
                escape(csrf.getToken()), text("login.submit", locale), escape(base + "/register"),
                text("login.register", locale));
    }

    private String text(String key, Locale locale) {
        return escape(messages.getMessage(key, null, key, locale));
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }
}
