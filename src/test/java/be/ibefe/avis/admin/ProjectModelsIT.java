package be.ibefe.avis.admin;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.system.ChampErreur;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The house rules over every model of {@code processes/}, against the beans of the application and the forms of
 * {@code forms/}: the same check as an upload, so that a broken model never lands in the repository either.
 */
@AvisIntegrationTest
class ProjectModelsIT {

    @Autowired
    ProcessModelValidator validator;

    @Autowired
    ObjectMapper objectMapper;

    @Test
    void every_model_of_the_project_follows_the_house_rules() throws IOException {
        Set<String> formulaires = idsDesFormulaires();
        List<String> violations = new ArrayList<>();
        for (Path modele : fichiers(Path.of("processes"), ".bpmn")) {
            String fichier = modele.getFileName().toString();
            for (ChampErreur violation : validator.valider(Bpmn.readModelFromFile(modele.toFile()),
                    formulaires::contains)) {
                violations.add("%s, %s : %s".formatted(fichier, violation.champ(), violation.message()));
            }
        }

        assertThat(violations).as("Modèles de processes/ qui enfreignent les règles de la maison").isEmpty();
    }

    private Set<String> idsDesFormulaires() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Path formulaire : fichiers(Path.of("forms"), ".form")) {
            ids.add(objectMapper.readTree(formulaire.toFile()).path("id").asText());
        }
        return ids;
    }

    private static List<Path> fichiers(Path dossier, String extension) throws IOException {
        try (Stream<Path> fichiers = Files.list(dossier)) {
            return fichiers.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }
}
