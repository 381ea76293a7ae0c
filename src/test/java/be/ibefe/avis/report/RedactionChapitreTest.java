package be.ibefe.avis.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class RedactionChapitreTest {

    private final RedactionChapitre redaction = new RedactionChapitre(
            new TextesRapport(TextesRapport.lire(new ClassPathResource("textes/rapport-activite.properties"))));

    /** recus, analyses, favorables, avec recommandation, defavorables, non compétents, en cours[, retirés d'office]. */
    private static Compteurs compteurs(long... n) {
        return new Compteurs(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n.length > 7 ? n[7] : 0);
    }

    private String paragraphe(AvisType type, long... n) {
        return redaction.paragraphe(type, 2024, compteurs(n));
    }

    @Test
    void credit_adaptation_of_2024_reads_as_the_activity_report() {
        assertThat(paragraphe(AvisType.CREDIT_ADAPTATION, 8, 8, 8, 1, 0, 0, 0)).isEqualTo(
                "La CSEF a reçu 8 dossiers de demande de crédit-adaptation en 2024. "
                        + "Ils ont tous été considérés comme favorables, dont 1 accompagné d'une recommandation.");
    }

    @Test
    void favourable_and_unfavourable_avis_are_told_apart() {
        assertThat(paragraphe(AvisType.CISP_AGREMENT, 9, 9, 8, 0, 1, 0, 0)).endsWith(
                "Sur les 9 dossiers analysés, 8 ont obtenu un avis favorable et 1 a obtenu un avis défavorable.");
    }

    @Test
    void dossiers_outside_the_competence_are_received_but_not_analysed() {
        assertThat(paragraphe(AvisType.ALE_FORMATION, 4, 2, 2, 0, 0, 2, 0)).isEqualTo(
                "La CSEF a reçu 4 dossiers d'ALE pour des demandes de remise d'avis en 2024. "
                        + "Les 2 dossiers analysés ont tous été considérés comme favorables. "
                        + "Pour 2 demandes, la CSEF n'était pas compétente.");
    }

    @Test
    void withdrawn_requests_are_what_remains_once_analysed_and_open_ones_are_counted() {
        assertThat(paragraphe(AvisType.APRC, 15, 10, 10, 0, 0, 0, 0)).endsWith(
                "Les 10 dossiers analysés ont tous été considérés comme favorables. "
                        + "5 demandes ont été retirées par leur demandeur.");
    }

    @Test
    void requests_the_system_withdrew_for_want_of_the_pieces_are_not_said_withdrawn_by_their_applicant() {
        assertThat(paragraphe(AvisType.APRC, 15, 10, 10, 0, 0, 0, 0, 3)).endsWith(
                "Les 10 dossiers analysés ont tous été considérés comme favorables. "
                        + "2 demandes ont été retirées par leur demandeur. "
                        + "3 demandes ont été retirées d'office faute des pièces demandées.");
        assertThat(paragraphe(AvisType.APRC, 11, 10, 10, 0, 0, 0, 0, 1)).endsWith(
                "Les 10 dossiers analysés ont tous été considérés comme favorables. "
                        + "1 demande a été retirée d'office faute des pièces demandées.")
                .doesNotContain("par son demandeur", "par leur demandeur");
    }

    @Test
    void a_single_dossier_is_written_in_the_singular() {
        assertThat(paragraphe(AvisType.EPS_FOREM, 1, 1, 1, 0, 0, 0, 0)).isEqualTo(
                "La CSEF a reçu, en 2024, 1 dossier de remise d'avis concernant une convention d'Enseignement de "
                        + "promotion sociale (EPS) - FOREM. Il a été considéré comme favorable.");
        assertThat(paragraphe(AvisType.EPS_FOREM, 3, 1, 0, 0, 1, 1, 0)).endsWith(
                "Le dossier analysé a obtenu un avis défavorable. Pour 1 demande, la CSEF n'était pas compétente. "
                        + "1 demande a été retirée par son demandeur.");
    }

    @Test
    void no_dossier_at_all_says_so() {
        // a bassin's report speaks of its Instance by the name its coordination gave it (no Liège default any more)
        assertThat(redaction.paragraphe(AvisType.INTERPELLATION, 2024, compteurs(0, 0, 0, 0, 0, 0, 0), Map.of(
                "instance", "l'Instance Bassin Enseignement qualifiant - Formation - Emploi de Huy-Waremme",
                "chambre", "Chambre Emploi Formation (CEF)"))).isEqualTo("En 2024, l'Instance Bassin Enseignement "
                        + "qualifiant - Formation - Emploi de Huy-Waremme n'a reçu aucune interpellation.");
        // without a bassin (the consolidated report), the texts file's own words
        assertThat(paragraphe(AvisType.INTERPELLATION, 0, 0, 0, 0, 0, 0, 0))
                .isEqualTo("En 2024, l'ensemble des Instances Bassin EFE de l'AIBEFE n'a reçu aucune interpellation.");
        assertThat(paragraphe(AvisType.CREDIT_ADAPTATION, 0, 0, 0, 0, 0, 0, 0))
                .isEqualTo("En 2024, la CSEF n'a reçu aucune demande de crédit-adaptation.");
    }

    @Test
    void tous_only_when_every_analysed_dossier_is_favourable() {
        assertThat(paragraphe(AvisType.CREDIT_ADAPTATION, 3, 3, 3, 0, 0, 0, 0))
                .endsWith("Ils ont tous été considérés comme favorables.");
        assertThat(paragraphe(AvisType.CREDIT_ADAPTATION, 3, 3, 2, 0, 1, 0, 0)).doesNotContain("tous")
                .endsWith("Sur les 3 dossiers analysés, 2 ont obtenu un avis favorable et 1 a obtenu un avis défavorable.");
        assertThat(paragraphe(AvisType.CREDIT_ADAPTATION, 2, 2, 0, 0, 2, 0, 0))
                .endsWith("Ils ont tous obtenu un avis défavorable.");
    }

    @Test
    void recommendations_are_counted_among_the_favourable_avis() {
        assertThat(paragraphe(AvisType.CREDIT_ADAPTATION, 1, 1, 1, 1, 0, 0, 0))
                .endsWith("Il a été considéré comme favorable, accompagné d'une recommandation.");
        assertThat(paragraphe(AvisType.CREDIT_ADAPTATION, 3, 3, 3, 3, 0, 0, 0))
                .endsWith("Ils ont tous été considérés comme favorables, tous accompagnés d'une recommandation.");
        assertThat(paragraphe(AvisType.CREDIT_ADAPTATION, 4, 4, 4, 2, 0, 0, 0))
                .endsWith("Ils ont tous été considérés comme favorables, dont 2 accompagnés d'une recommandation.");
        assertThat(paragraphe(AvisType.CISP_AGREMENT, 5, 5, 3, 1, 2, 0, 0)).endsWith(
                "3 ont obtenu un avis favorable, dont 1 accompagné d'une recommandation et 2 ont obtenu un avis défavorable.");
    }

    @Test
    void dossiers_still_open_are_in_progress() {
        assertThat(paragraphe(AvisType.CISP_AGREMENT, 2, 0, 0, 0, 0, 0, 2)).endsWith(
                "de CISP en 2024. 2 dossiers sont encore en cours de traitement.");
        assertThat(paragraphe(AvisType.CISP_AGREMENT, 3, 2, 2, 0, 0, 0, 1)).endsWith(
                "Les 2 dossiers analysés ont tous été considérés comme favorables. "
                        + "1 dossier est encore en cours de traitement.");
    }

    @Test
    void the_chapter_has_a_section_per_type_the_table_with_totals_and_no_seance_when_none_is_recorded() {
        ChapitreActivite chapitre = redaction.rediger(rapport(), List.of(), LocalDate.of(2025, 3, 1));

        assertThat(chapitre.titre()).isEqualTo("Mission de remise d'avis : activité 2024");
        assertThat(chapitre.introduction()).contains("Chiffres établis le 1er mars 2025");
        assertThat(chapitre.sections()).extracting(ChapitreActivite.Section::type)
                .containsExactly(AvisType.values());
        assertThat(chapitre.tableau().entetes()).containsExactly("Type d'avis", "Reçus", "Analysés", "Favorables",
                "dont avec recommandation", "Défavorables", "Non compétente", "Retirés", "En cours");
        assertThat(chapitre.tableau().lignes().get(2).valeurs()).containsExactly(4L, 2L, 2L, 0L, 0L, 2L, 0L, 0L);
        assertThat(chapitre.tableau().total().libelle()).isEqualTo("Total");
        assertThat(chapitre.tableau().total().valeurs()).containsExactly(12L, 10L, 10L, 1L, 0L, 2L, 0L, 0L);
        assertThat(chapitre.seances()).isEmpty();
        assertThat(chapitre.aucuneSeance()).isEqualTo("Aucune séance n'est enregistrée pour 2024.");
    }

    @Test
    void seances_are_listed_per_chambre_in_date_order() {
        List<SeanceTenue> seances = List.of(new SeanceTenue("CSEF", LocalDate.of(2024, 3, 26)),
                new SeanceTenue("Bureau", LocalDate.of(2024, 1, 22)),
                new SeanceTenue("CSEF", LocalDate.of(2024, 1, 30)),
                new SeanceTenue("CSEF", LocalDate.of(2024, 5, 28)));

        ChapitreActivite chapitre = redaction.rediger(rapport(), seances, LocalDate.of(2025, 3, 1));

        assertThat(chapitre.aucuneSeance()).isNull();
        assertThat(chapitre.seances()).extracting(ChapitreActivite.SeancesChambre::chambre)
                .containsExactly("Bureau", "CSEF");
        assertThat(chapitre.seances().get(1).enLettres()).isEqualTo("30 janvier, 26 mars et 28 mai");
        assertThat(chapitre.seances().get(0).enLettres()).isEqualTo("22 janvier");
    }

    private static RapportActivite rapport() {
        List<ActiviteType> types = Arrays.stream(AvisType.values())
                .map(type -> new ActiviteType(type, Map.of(
                        AvisType.CREDIT_ADAPTATION, compteurs(8, 8, 8, 1, 0, 0, 0),
                        AvisType.ALE_FORMATION, compteurs(4, 2, 2, 0, 0, 2, 0)).getOrDefault(type, Compteurs.ZERO)))
                .toList();
        return new RapportActivite(2024, types,
                types.stream().map(ActiviteType::compteurs).reduce(Compteurs.ZERO, Compteurs::plus));
    }
}
