package be.ibefe.avis.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.dossier.Decision;
import org.junit.jupiter.api.Test;

class CompteursTest {

    @Test
    void a_favourable_avis_with_a_recommendation_is_also_a_favourable_one() {
        assertThat(Compteurs.de(Decision.FAVORABLE_AVEC_RECOMMANDATION, 3))
                .isEqualTo(new Compteurs(3, 3, 3, 3, 0, 0, 0, 0));
        assertThat(Compteurs.de(Decision.FAVORABLE, 3)).isEqualTo(new Compteurs(3, 3, 3, 0, 0, 0, 0, 0));
        assertThat(Compteurs.de(Decision.DEFAVORABLE, 3)).isEqualTo(new Compteurs(3, 3, 0, 0, 3, 0, 0, 0));
    }

    @Test
    void not_competent_withdrawn_adjourned_and_undecided_dossiers_are_received_not_analysed() {
        assertThat(Compteurs.de(Decision.NON_COMPETENT, 2)).isEqualTo(new Compteurs(2, 0, 0, 0, 0, 2, 0, 0));
        assertThat(Compteurs.de(Decision.AJOURNE, 2)).isEqualTo(new Compteurs(2, 0, 0, 0, 0, 0, 2, 0));
        assertThat(Compteurs.de(null, 2)).isEqualTo(new Compteurs(2, 0, 0, 0, 0, 0, 2, 0));
        assertThat(Compteurs.de(Decision.RETIRE, 2)).isEqualTo(new Compteurs(2, 0, 0, 0, 0, 0, 0, 0));
        assertThat(Compteurs.de(Decision.RETIRE, 2).retires()).isEqualTo(2);
    }

    @Test
    void a_withdrawal_d_office_is_a_withdrawal_its_applicant_did_not_make() {
        Compteurs retraits = Compteurs.de(Decision.RETIRE, 2).plus(Compteurs.retiresDOffice(3));

        assertThat(retraits.retires()).isEqualTo(5);
        assertThat(retraits.retiresDOffice()).isEqualTo(3);
        assertThat(retraits.retiresParDemandeur()).isEqualTo(2);
    }

    @Test
    void every_dossier_is_analysed_not_competent_withdrawn_or_in_progress() {
        Compteurs tous = Compteurs.de(null, 1);
        for (Decision decision : Decision.values()) {
            tous = tous.plus(Compteurs.de(decision, 1));
        }

        assertThat(tous).isEqualTo(new Compteurs(7, 3, 2, 1, 1, 1, 2, 0));
        assertThat(tous.analyses() + tous.nonCompetents() + tous.retires() + tous.enCours()).isEqualTo(tous.recus());
    }
}
