package be.ibefe.avis.notification;

import be.ibefe.avis.bassin.EnTete;
import be.ibefe.avis.bassin.NomsDesOrganes;
import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.Organe;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.dossier.Traces;
import be.ibefe.avis.documents.PdfRenderer;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.RessourceIntrouvableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The letter templates (Thymeleaf, XHTML) an administrator edits through the API; the files under
 * {@code src/main/resources/lettres} are their first version. A template that does not render with sample data is
 * refused, so a letter can always be produced.
 */
@Service
public class ModelesLettres {

    public enum Code {
        AVIS_DEMANDEUR("avis-demandeur", "Lettre au demandeur (avis, non-compétence, retrait)"),
        TRANSMISSION_ADMINISTRATION("transmission-administration", "Transmission de l'avis à l'administration"),
        DEMANDE_PIECES("demande-pieces", "Demande des pièces manquantes au demandeur"),
        RETRAIT_AVIS("retrait-avis", "Retrait de l'avis refusé par l'Instance plénière, à chacun de ceux qui l'avaient reçu");

        private final String fichier;
        private final String titre;

        Code(String fichier, String titre) {
            this.fichier = fichier;
            this.titre = titre;
        }

        public String fichier() {
            return fichier;
        }

        public String titre() {
            return titre;
        }

        static Code depuis(String texte) {
            return Arrays.stream(values()).filter(c -> c.fichier.equals(texte)).findFirst()
                    .orElseThrow(() -> new RessourceIntrouvableException("Aucun modèle de lettre « %s ». Modèles : %s."
                            .formatted(texte, String.join(", ", Arrays.stream(values()).map(Code::fichier).toList()))));
        }
    }

    public record ModeleView(String code, String titre, String contenu, String modifiePar, Instant modifieLe) {
    }

    private final ModeleLettreRepository repository;
    private final PdfRenderer pdf;
    private final Traces traces;
    private final SpringTemplateEngine moteur = new SpringTemplateEngine();

    public ModelesLettres(ModeleLettreRepository repository, PdfRenderer pdf, Traces traces) {
        this.repository = repository;
        this.pdf = pdf;
        this.traces = traces;
        // the letterhead and signatures every letter shares (templates/fragments/bassin.html, also used by the
        // procès-verbal): ~{fragments/bassin :: entete}; anything else is the text of a template itself
        ClassLoaderTemplateResolver fragments = new ClassLoaderTemplateResolver();
        fragments.setPrefix("templates/");
        fragments.setSuffix(".html");
        fragments.setTemplateMode(TemplateMode.HTML);
        fragments.setCharacterEncoding(StandardCharsets.UTF_8.name());
        fragments.setResolvablePatterns(java.util.Set.of(FRAGMENTS));
        fragments.setCheckExistence(true);
        fragments.setOrder(1);
        // the name of such a template is its text: a template kept in the cache is never an outdated version of one
        // an administrator edited since (the next letter reads the text anew, hence another name)
        StringTemplateResolver textes = new StringTemplateResolver();
        textes.setCacheable(true);
        textes.setOrder(2);
        moteur.addTemplateResolver(fragments);
        moteur.addTemplateResolver(textes);
    }

    /** The fragments a letter template may include. */
    static final String FRAGMENTS = "fragments/bassin";

    @Transactional(readOnly = true)
    public List<ModeleView> liste() {
        return Arrays.stream(Code.values()).map(this::vue).toList();
    }

    @Transactional(readOnly = true)
    public ModeleView consulter(String code) {
        return vue(Code.depuis(code));
    }

    @Transactional
    public ModeleView modifier(String code, String contenu) {
        Code modele = Code.depuis(code);
        if (contenu == null || contenu.isBlank()) {
            throw new DonneesInvalidesException("contenu", "Le modèle ne peut être vide.");
        }
        try {
            pdf.pdf(moteur.process(contenu, new Context(Locale.FRENCH, exemple())), "essai du modèle " + code);
        } catch (TemplateProcessingException | UncheckedIOException | IllegalStateException invalide) {
            throw new DonneesInvalidesException("contenu",
                    "Le modèle ne produit pas de lettre : " + invalide.getMessage());
        }
        Trace trace = traces.maintenant();
        repository.findById(modele.fichier()).ifPresentOrElse(m -> m.modifier(contenu, trace.utilisateur(),
                trace.horodatage()), () -> repository.save(new ModeleLettre(modele.fichier(), modele.titre(), contenu,
                trace.utilisateur(), trace.horodatage())));
        return vue(modele);
    }

    /** The PDF of a letter from the current template of {@code code}. */
    @Transactional(readOnly = true)
    public byte[] lettre(Code code, Map<String, Object> variables) {
        return pdf.pdf(moteur.process(contenu(code), new Context(Locale.FRENCH, variables)), code.fichier());
    }

    private ModeleView vue(Code code) {
        return repository.findById(code.fichier())
                .map(m -> new ModeleView(code.fichier(), code.titre(), m.getContenu(), m.getModifiePar(), m.getModifieLe()))
                .orElseGet(() -> new ModeleView(code.fichier(), code.titre(), defaut(code), null, null));
    }

    private String contenu(Code code) {
        return repository.findById(code.fichier()).map(ModeleLettre::getContenu).orElseGet(() -> defaut(code));
    }

    private static String defaut(Code code) {
        try (InputStream in = new ClassPathResource("lettres/" + code.fichier() + ".html").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Values of every variable a template may use, to try a template before saving it (and for the benchmark's bare
     * letters).
     */
    public static Map<String, Object> exemple() {
        LocalDate jour = LocalDate.of(2024, 5, 28);
        EnTete bassin = new EnTete("EX", "Bassin d'exemple",
                "Instance Bassin Enseignement qualifiant - Formation - Emploi d'exemple",
                List.of("Rue de l'Exemple 1", "1000 Exemple"), "Exemple", null,
                new NomsDesOrganes("Chambre Subrégionale de l'Emploi et de la Formation",
                        "Bureau de l'Instance Bassin EFE", "Instance plénière",
                        "Comité des acteurs pour la formation et l'emploi (CAFE)", "Chambre Enseignement"), jour, List.of(
                        new IdentitesBassins.SignataireView(Organe.CSEF, "CSEF", "Prénom Nom", "Présidente de la CSEF",
                                null, null),
                        new IdentitesBassins.SignataireView(Organe.COORDINATION, "Coordination", "Prénom Nom",
                                "Coordinatrice", null, null)));
        return Map.ofEntries(Map.entry("bassin", bassin), Map.entry("instance", bassin.nomOfficiel()),
                Map.entry("lieu", bassin.lieu()), Map.entry("date", "28 mai 2024"),
                Map.entry("reference", "EX-CSEF-2024-0001"),
                Map.entry("objet", "Nouvelle filière"), Map.entry("demandeur", "CISP Le Tremplin"),
                Map.entry("adresseDemandeur", List.of("Rue de la Station 12", "4000 Liège")),
                Map.entry("type", "Agrément CISP"), Map.entry("chambre", "CSEF"), Map.entry("organe", "CSEF"),
                Map.entry("organeDesigne", "la CSEF"),
                Map.entry("dateSeance", "28 mai 2024"), Map.entry("decision", "Favorable"),
                Map.entry("decisionCode", "FAVORABLE"), Map.entry("motivation", "Conforme."),
                Map.entry("recommandation", "Prévoir une remise à niveau."),
                Map.entry("referenceLegale", "décret du 10 juillet 2013"), Map.entry("attestationAle", true),
                Map.entry("administration", "SPW Emploi-Formation"),
                Map.entry("adresseAdministration", List.of("Rue de l'Exemple 2", "5000 Exemple")),
                Map.entry("mesureUrgente", false), Map.entry("avisDePole", false),
                Map.entry("dateReunion", "12 novembre 2024"),
                Map.entry("bureau", "Bureau de l'Instance Bassin EFE"), Map.entry("instancePleniere", "Instance plénière"),
                Map.entry("bureauDesigne", bassin.designation(Chambre.BUREAU)),
                Map.entry("instancePleniereDesignee", bassin.designation(Chambre.INSTANCE_PLENIERE)),
                Map.entry("dateMesure", "24 mai 2024"),
                Map.entry("signatures", bassin.signatures(Organe.CSEF, Organe.COORDINATION)),
                Map.entry("piecesManquantes", "Budget détaillé de la filière ; statuts de l'ASBL"),
                Map.entry("piecesAttenduesLe", "12 juillet 2024"), Map.entry("destinataire", "CISP Le Tremplin"),
                Map.entry("dateDecision", "24 mai 2024"),
                Map.entry("datePleniere", "24 juin 2024"), Map.entry("refus", "ratifier"),
                Map.entry("motifRefus", "La CSEF devait être consultée."));
    }
}
