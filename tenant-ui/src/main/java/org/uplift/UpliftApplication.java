package org.uplift;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;

/** Uplift: SME digital transformation from maturity assessment to subsidy. */
@SpringBootApplication
@Theme("uplift")
@PWA(name = "Uplift 数字化转型服务平台", shortName = "Uplift")
public class UpliftApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(UpliftApplication.class, args);
    }
}
