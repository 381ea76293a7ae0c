package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.system.ClockConfig;
import be.ibefe.avis.system.DonneesInvalidesException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The date rules at their edges, with today fixed at 2024-06-15. */
class NouveauDossierValidatorTest {

    static final LocalDate AUJOURDHUI = LocalDate.of(2024, 6, 15);

    final NouveauDossierValidator validator = new NouveauDossierValidator(
            Validation.buildDefaultValidatorFactory().getValidator(),
            Clock.fixed(ZonedDateTime.of(AUJOURDHUI.atTime(23, 30), ClockConfig.BRUXELLES).toInstant(),
                    ClockConfig.BRUXELLES));

    @Test
    void reception_today_is_accepted_tomorrow_is_not() {
        validator.valider(demande(AUJOURDHUI, null));

        assertErreur(demande(AUJOURDHUI.plusDays(1), null), "dateReception",
                "La date de réception ne peut pas être dans le futur.");
    }

    @Test
    void reception_on_the_first_day_of_2000_is_accepted_the_day_before_is_not() {
        validator.valider(demande(LocalDate.of(2000, 1, 1), null));

        assertErreur(demande(LocalDate.of(1999, 12, 31), null), "dateReception",
                "La date de réception ne peut pas être antérieure au 01/01/2000.");
    }

    @Test
    void deadline_on_the_reception_day_is_accepted_the_day_before_is_not() {
        LocalDate reception = LocalDate.of(2024, 3, 26);
        validator.valider(demande(reception, reception));

        assertErreur(demande(reception, reception.minusDays(1)), "echeance",
                "L'échéance ne peut pas précéder la date de réception.");
    }

    @Test
    void deadline_five_years_ahead_is_accepted_one_day_more_is_not() {
        LocalDate reception = LocalDate.of(2024, 3, 26);
        validator.valider(demande(reception, reception.plusYears(5)));

        assertErreur(demande(reception, reception.plusYears(5).plusDays(1)), "echeance",
                "L'échéance ne peut pas dépasser de plus de 5 ans la date de réception.");
    }

    @Test
    void donnees_must_be_an_object() {
        NouveauDossier demande = new NouveauDossier(AvisType.CISP_AGREMENT,
                new NouveauDossier.DemandeurSaisi("CISP", CategorieDemandeur.CISP, null, null), "Objet", AUJOURDHUI, null,
                null, JsonNodeFactory.instance.arrayNode());

        assertErreur(demande, "donnees", "Les données doivent être un objet JSON ({ ... }).");
    }

    private void assertErreur(NouveauDossier demande, String champ, String message) {
        assertThatThrownBy(() -> validator.valider(demande))
                .isInstanceOfSatisfying(DonneesInvalidesException.class,
                        e -> assertThat(e.getErreurs()).containsExactly(new ChampErreur(champ, message)));
    }

    private static NouveauDossier demande(LocalDate reception, LocalDate echeance) {
        return new NouveauDossier(AvisType.CISP_AGREMENT,
                new NouveauDossier.DemandeurSaisi("CISP Le Tremplin", CategorieDemandeur.CISP, "0403.170.701", null),
                "Nouvelle filière", reception, echeance, null, Demandes.cispNouvelleFiliere().get("donnees"));
    }
}
