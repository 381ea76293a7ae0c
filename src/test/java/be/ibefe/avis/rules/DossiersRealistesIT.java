package be.ibefe.avis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.dossier.SchemasDonnees;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.DossiersEnMemoire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Requests written from the sources' descriptions (src/test/resources/dossiers-realistes.json), each with the
 * outcome the équipe expects: accepted on intake, the criteria results, and whether the CSEF is competent. Runs on
 * the application's configuration and the demo list of métiers prioritaires.
 */
@AvisIntegrationTest
class DossiersRealistesIT {

    @Autowired
    EligibilityService eligibilite;

    @ParameterizedTest
    @MethodSource("cas")
    void each_realistic_request_gets_the_expected_criteria(JsonNode cas) {
        ObjectNode demande = (ObjectNode) cas.get("demande");
        AvisType type = AvisType.valueOf(demande.get("type").asText());
        assertThat(SchemasDonnees.verifier(type, demande.get("donnees"))).isEmpty();
        Dossier dossier = DossiersEnMemoire.depuis(demande);

        Map<String, ResultatCritere> resultats = new LinkedHashMap<>();
        eligibilite.evaluer(dossier).forEach(c -> resultats.put(c.getCode(), c.getResultat()));
        boolean competent = eligibilite.competence(dossier).map(Critere::getResultat)
                .map(r -> r != ResultatCritere.KO).orElse(true);

        Map<String, ResultatCritere> attendus = new LinkedHashMap<>();
        cas.get("attendu").fields()
                .forEachRemaining(e -> attendus.put(e.getKey(), ResultatCritere.valueOf(e.getValue().asText())));
        assertThat(resultats).containsAllEntriesOf(attendus);
        assertThat(competent).isEqualTo(cas.get("competent").asBoolean());
    }

    static Stream<Named<JsonNode>> cas() throws IOException {
        try (InputStream json = DossiersRealistesIT.class.getResourceAsStream("/dossiers-realistes.json")) {
            JsonNode liste = new ObjectMapper().readTree(json);
            return StreamSupport.stream(liste.spliterator(), false)
                    .map(c -> Named.of(c.get("cas").asText(), c))
                    .toList().stream();
        }
    }
}
