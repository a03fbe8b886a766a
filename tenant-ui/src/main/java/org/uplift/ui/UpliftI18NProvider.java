package org.uplift.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uplift.security.UiLanguage;

import com.vaadin.flow.i18n.I18NProvider;

/** Vaadin's translations from the same bundles as the API's messages and the sign-in page. */
@Component
class UpliftI18NProvider implements I18NProvider {

    private final MessageSource messages;

    UpliftI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return UiLanguage.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, key, locale == null ? UiLanguage.CHINESE : locale);
    }
}
