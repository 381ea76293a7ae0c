package be.ibefe.avis.support;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The application's Thymeleaf templates (src/main/resources/templates) without starting the application. */
public final class Gabarits {

    private Gabarits() {
    }

    public static SpringTemplateEngine moteur() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine moteur = new SpringTemplateEngine();
        moteur.setTemplateResolver(templates);
        return moteur;
    }
}
