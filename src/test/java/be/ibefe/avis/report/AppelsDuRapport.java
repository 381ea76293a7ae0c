package be.ibefe.avis.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/** The report's calls the benchmark times, taken from the running application (the PDF's bean is package-private). */
public final class AppelsDuRapport {

    private AppelsDuRapport() {
    }

    public static Map<String, Supplier<?>> de(ApplicationContext application, int annee) {
        RapportService rapports = application.getBean(RapportService.class);
        RapportReponses reponses = application.getBean(RapportReponses.class);
        StatistiquesService statistiques = application.getBean(StatistiquesService.class);
        Map<String, Supplier<?>> appels = new LinkedHashMap<>();
        appels.put("rapport d'activité (JSON)", () -> rapports.rapportActivite(annee));
        appels.put("chapitre rédigé (Markdown, CSV)", () -> rapports.chapitre(annee));
        appels.put("PDF complet (chapitre, gabarit, rendu)", () -> reponses.reponse(annee, "pdf"));
        appels.put("statistiques (délais, retards)", () -> statistiques.statistiques(annee));
        return appels;
    }
}
