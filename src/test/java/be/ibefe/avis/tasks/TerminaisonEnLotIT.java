package be.ibefe.avis.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.system.DonneesInvalidesException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The batch's size limit, at and above its edge: past it nothing is tried, at it every task is tried. */
@AvisIntegrationTest
class TerminaisonEnLotIT {

    @Autowired
    TerminaisonEnLot enLot;

    private static List<String> inconnues(int nombre) {
        return IntStream.range(0, nombre).mapToObj(i -> "lot-inconnue-" + i).toList();
    }

    @Test
    void a_batch_of_the_largest_size_is_tried_task_by_task() {
        List<TerminaisonEnLot.Issue> issues = enLot.terminer(inconnues(TerminaisonEnLot.TAILLE_MAX),
                JsonNodeFactory.instance.objectNode(), "analyste", List.of(Groupes.EQUIPE));

        assertThat(issues).hasSize(TerminaisonEnLot.TAILLE_MAX)
                .allSatisfy(i -> assertThat(i.refus()).isEqualTo("La tâche " + i.id() + " n'existe pas."));
    }

    @Test
    void one_task_more_is_refused_whole_in_french() {
        assertThatThrownBy(() -> enLot.terminer(inconnues(TerminaisonEnLot.TAILLE_MAX + 1),
                JsonNodeFactory.instance.objectNode(), "analyste", List.of(Groupes.EQUIPE)))
                .isInstanceOf(DonneesInvalidesException.class)
                .satisfies(e -> assertThat(((DonneesInvalidesException) e).getErreurs().get(0).message())
                        .isEqualTo("Un lot compte au plus 100 tâches ; vous en avez choisi 101."));
        assertThatThrownBy(() -> enLot.terminer(List.of(), JsonNodeFactory.instance.objectNode(), "analyste",
                List.of(Groupes.EQUIPE))).isInstanceOf(DonneesInvalidesException.class)
                .hasMessageContaining("1 erreur");
    }
}
