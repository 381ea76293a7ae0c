package be.ibefe.avis.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Marks, in the page the server renders, every field a refused form reports on: a field whose {@code id} is the path
 * of an error of the model's {@code erreursChamps} (the path the API reports, the id the pages give the field) gets
 * {@code aria-invalid="true"} and is described by its message ({@code aria-describedby="erreur-<path>"}, the
 * paragraph of {@code fragments/page :: erreur}); a field may name its error paths itself ({@value #CHEMINS}). One
 * rule for every form of every page, without JavaScript and without each template repeating it; the summary of the errors is {@code fragments/page :: resume-erreurs}.
 */
@Component
class ChampsEnErreur extends AbstractProcessorDialect {

    /** The model attribute of the pages' errors, by field path. */
    static final String ERREURS = "erreursChamps";

    /**
     * The error paths of a field whose id is not its error's path (a form repeated on a page, a group of radio buttons
     * or of vote counts), space-separated: {@code th:attr="data-erreur=|${prefixe}pour ${prefixe}votes|"}.
     */
    static final String CHEMINS = "data-erreur";

    /** After every standard processor ({@code th:id}, {@code th:attr}…), so that the field's final id is read. */
    private static final int PRECEDENCE = 20_000;

    ChampsEnErreur() {
        super("Champs en erreur", "avis", PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String prefixe) {
        return Stream.of("input", "select", "textarea", "fieldset").map(element -> new Marque(prefixe, element))
                .collect(Collectors.toSet());
    }

    private static final class Marque extends AbstractElementTagProcessor {

        Marque(String prefixe, String element) {
            super(TemplateMode.HTML, prefixe, element, false, null, false, PRECEDENCE);
        }

        @Override
        protected void doProcess(ITemplateContext contexte, IProcessableElementTag balise,
                IElementTagStructureHandler structure) {
            String chemins = balise.getAttributeValue(CHEMINS);
            if (chemins != null) {
                structure.removeAttribute(CHEMINS);
            } else {
                chemins = balise.getAttributeValue("id");
            }
            if (chemins == null || !(contexte.getVariable(ERREURS) instanceof Map<?, ?> erreurs) || erreurs.isEmpty()) {
                return;
            }
            List<String> messages = Arrays.stream(chemins.trim().split("\\s+")).filter(erreurs::containsKey)
                    .map(chemin -> "erreur-" + chemin).toList();
            if (messages.isEmpty()) {
                return;
            }
            String decrit = balise.getAttributeValue("aria-describedby");
            List<String> descriptions = new ArrayList<>(decrit == null || decrit.isBlank() ? List.of()
                    : Arrays.asList(decrit.trim().split("\\s+")));
            messages.stream().filter(m -> !descriptions.contains(m)).forEach(descriptions::add);
            structure.setAttribute("aria-invalid", "true");
            structure.setAttribute("aria-describedby", String.join(" ", descriptions));
        }
    }
}
