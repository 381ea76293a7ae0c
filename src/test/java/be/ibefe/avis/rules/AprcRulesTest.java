package be.ibefe.avis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.support.DossiersEnMemoire;
import be.ibefe.avis.support.Parametres;
import be.ibefe.avis.support.ReglesLocalesEnMemoire;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * APRC partnership criteria at their edges. The métier prioritaire criterion reads the stored list and is tested in
 * DossiersRealistesIT.
 */
class AprcRulesTest {

    final AprcRules regles = new AprcRules(Parametres.regles(), null, new ReglesLocalesEnMemoire());

    @Test
    void two_partners_of_different_horizons_are_enough() {
        assertThat(regles.partenariat(partenaires(p -> {
            p.addObject().put("nom", "CISP A").put("categorie", "CISP").put("agree", true);
            p.addObject().put("nom", "FOREM").put("categorie", "FOREM");
        })).getResultat()).isEqualTo(ResultatCritere.OK);
    }

    @Test
    void two_partners_of_the_same_horizon_or_a_single_partner_are_not() {
        assertThat(regles.partenariat(partenaires(p -> {
            p.addObject().put("nom", "CISP A").put("categorie", "CISP");
            p.addObject().put("nom", "CISP B").put("categorie", "CISP");
        })).getResultat()).isEqualTo(ResultatCritere.KO);
        assertThat(regles.partenariat(partenaires(p -> p.addObject().put("nom", "CISP A").put("categorie", "CISP")))
                .getResultat()).isEqualTo(ResultatCritere.KO);
    }

    @Test
    void a_cisp_partner_must_be_agreed() {
        assertThat(regles.cispAgree(partenaires(p -> p.addObject().put("nom", "A").put("categorie", "CISP")
                .put("agree", true))).getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(regles.cispAgree(partenaires(p -> p.addObject().put("nom", "A").put("categorie", "CISP")
                .put("agree", false))).getResultat()).isEqualTo(ResultatCritere.KO);
        assertThat(regles.cispAgree(partenaires(p -> p.addObject().put("nom", "A").put("categorie", "CISP")))
                .getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(regles.cispAgree(partenaires(p -> p.addObject().put("nom", "F").put("categorie", "FOREM")))
                .getResultat()).isEqualTo(ResultatCritere.KO);
    }

    @Test
    void a_validation_centre_counts_only_when_agreed() {
        assertThat(regles.operateurPublic(partenaires(p -> p.addObject().put("nom", "CVC").put("categorie",
                "CENTRE_VALIDATION").put("agree", true))).getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(regles.operateurPublic(partenaires(p -> p.addObject().put("nom", "CVC").put("categorie",
                "CENTRE_VALIDATION"))).getResultat()).isEqualTo(ResultatCritere.KO);
        assertThat(regles.operateurPublic(partenaires(p -> p.addObject().put("nom", "IFAPME Liège").put("categorie",
                "IFAPME"))).getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(regles.operateurPublic(partenaires(p -> p.addObject().put("nom", "ASBL").put("categorie",
                "AUTRE"))).getResultat()).isEqualTo(ResultatCritere.KO);
    }

    @Test
    void aprc3_wants_a_new_partnership_or_a_new_filiere() {
        assertThat(regles.nouveaute(dossier(d -> d.put("nouveauPartenariat", false).put("nouvelleFiliere", true)))
                .getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(regles.nouveaute(dossier(d -> d.put("nouveauPartenariat", false).put("nouvelleFiliere", false)))
                .getResultat()).isEqualTo(ResultatCritere.KO);
        assertThat(regles.nouveaute(dossier(d -> d.remove("nouveauPartenariat"))).getResultat())
                .isEqualTo(ResultatCritere.A_VERIFIER);
    }

    @Test
    void a_partner_of_another_bassin_is_flagged_not_refused() {
        assertThat(regles.memeBassin(dossier(d -> { })).getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(regles.memeBassin(dossier(d -> ((ObjectNode) d.get("partenaires").get(1)).put("bassin", "LIEGE")))
                .getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(regles.memeBassin(dossier(d -> ((ObjectNode) d.get("partenaires").get(1)).put("bassin", "Namur")))
                .getExplication()).contains("« FOREM Formation Industrie »");
    }

    @Test
    void the_bassin_compared_is_the_dossiers_written_as_partners_write_it() {
        assertThat(regles.memeBassin(bassins("LIE", "Liège", "LIEGE", "lie")).getResultat())
                .isEqualTo(ResultatCritere.OK);
        assertThat(regles.memeBassin(bassins("LIE", "Liège", "LIEGE")).getExplication())
                .isEqualTo("Tous les partenaires sont du bassin de Liège.");
        assertThat(regles.memeBassin(bassins("LIE", "Liège", "Huy")).getResultat())
                .isEqualTo(ResultatCritere.A_VERIFIER);
    }

    @Test
    void a_huy_partnership_of_two_huy_partners_is_in_the_bassin_of_a_huy_dossier() {
        assertThat(regles.memeBassin(bassins("HUY", "Huy-Waremme", "Huy")).getResultat())
                .isEqualTo(ResultatCritere.OK);
        assertThat(regles.memeBassin(bassins("HUY", "huy waremme", "HUY-WAREMME")).getExplication())
                .isEqualTo("Tous les partenaires sont du bassin de Huy-Waremme.");
    }

    @Test
    void a_liege_partner_of_a_huy_dossier_is_outside_the_dossiers_bassin_named_by_its_name() {
        String explication = regles.memeBassin(bassins("HUY", "Huy-Waremme", "Liège")).getExplication();

        assertThat(regles.memeBassin(bassins("HUY", "Huy-Waremme", "Liège")).getResultat())
                .isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(explication).isEqualTo("Partenaire(s) hors du bassin de Huy-Waremme ou bassin non précisé : "
                + "« Partenaire 2 ».");
    }

    @Test
    void a_partner_without_bassin_is_flagged_in_any_bassin() {
        assertThat(regles.memeBassin(bassins("HUY", "Huy", null)).getExplication())
                .contains("hors du bassin de Huy-Waremme ou bassin non précisé", "« Partenaire 2 »");
    }

    @Test
    void a_public_with_cess_is_flagged() {
        assertThat(regles.publicPeuScolarise(dossier(d -> d.put("publicSousCess", false))).getResultat())
                .isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(regles.publicPeuScolarise(dossier(d -> { })).getResultat()).isEqualTo(ResultatCritere.OK);
    }

    /** A dossier of the bassin {@code code} whose partners say they are of these bassins, in order. */
    private static Dossier bassins(String code, String... bassins) {
        return DossiersEnMemoire.dossier(code, AvisType.APRC, d -> {
            ArrayNode partenaires = d.putArray("partenaires");
            for (int i = 0; i < bassins.length; i++) {
                ObjectNode partenaire = partenaires.addObject().put("nom", "Partenaire " + (i + 1))
                        .put("categorie", "CISP");
                if (bassins[i] != null) {
                    partenaire.put("bassin", bassins[i]);
                }
            }
        });
    }

    private static Dossier partenaires(Consumer<ArrayNode> partenaires) {
        return dossier(d -> partenaires.accept(d.putArray("partenaires")));
    }

    private static Dossier dossier(Consumer<ObjectNode> alteration) {
        return DossiersEnMemoire.dossier(AvisType.APRC, alteration);
    }
}
