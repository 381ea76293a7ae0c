package be.ibefe.avis.admin;

import java.io.Serializable;
import be.ibefe.avis.audit.Journal;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.stereotype.Service;

/**
 * Deploys the models and forms an administrator uploads: all of them are checked against the house rules first and
 * nothing is deployed while one violation remains; a resource identical to the latest deployed version of its
 * process or form is left out, so only what changed becomes a new version.
 */
@Service
public class ModelDeployment {

    /** The name of the deployments made by administrators, beside those the application makes at start. */
    static final String NOM_DEPLOIEMENT = "administration";

    private final RepositoryService repositoryService;
    private final ProcessModelValidator validator;
    private final DeployedForms formulairesDeployes;
    private final ObjectMapper objectMapper;
    private final Journal journal;

    ModelDeployment(RepositoryService repositoryService, ProcessModelValidator validator,
            DeployedForms formulairesDeployes, ObjectMapper objectMapper, Journal journal) {
        this.repositoryService = repositoryService;
        this.validator = validator;
        this.formulairesDeployes = formulairesDeployes;
        this.objectMapper = objectMapper;
        this.journal = journal;
    }

    /** An uploaded file: its name (without folders) and its content. */
    public record Fichier(String nom, byte[] contenu) {
    }

    public record ProcessusDepose(String cle, String nom, int version, String versionTag, boolean nouvelleVersion)
            implements Serializable {
    }

    public record FormulaireDepose(String id, int version, boolean nouvelleVersion) implements Serializable {
    }

    /** What the upload changed: {@code nouvelleVersion} is false when every resource was already deployed. */
    public record ResultatDepot(boolean nouvelleVersion, String deploiementId, List<ProcessusDepose> processus,
            List<FormulaireDepose> formulaires) implements Serializable {
    }

    private record ModeleLu(Fichier fichier, BpmnModelInstance modele) {
    }

    /** The models ({@code .bpmn}) and forms ({@code .form}, by id) of one upload, read and checked. */
    private record Depot(List<ModeleLu> modeles, Map<String, Fichier> formulaires) {
    }

    public ResultatDepot deposer(List<Fichier> fichiers) {
        if (fichiers.isEmpty()) {
            throw new DonneesInvalidesException("fichiers", "Joignez au moins un modèle .bpmn ou un formulaire .form.");
        }
        Depot depot = verifier(fichiers);
        List<Fichier> modifies = new ArrayList<>();
        depot.modeles().stream().filter(this::modifie).forEach(lu -> modifies.add(lu.fichier()));
        depot.formulaires().forEach((id, fichier) -> {
            if (formulairesDeployes.derniereVersion(id).map(f -> !Arrays.equals(contenu(f), fichier.contenu()))
                    .orElse(true)) {
                modifies.add(fichier);
            }
        });
        String deploiementId = modifies.isEmpty() ? null : deployer(modifies).getId();
        List<ProcessusDepose> processus = depot.modeles().stream()
                .flatMap(lu -> executables(lu.modele()).stream())
                .map(p -> derniereVersion(p.getId()).orElseThrow())
                .map(d -> new ProcessusDepose(d.getKey(), d.getName(), d.getVersion(), d.getVersionTag(),
                        d.getDeploymentId().equals(deploiementId)))
                .toList();
        List<FormulaireDepose> formulaires = depot.formulaires().keySet().stream()
                .map(id -> formulairesDeployes.derniereVersion(id).orElseThrow())
                .map(f -> new FormulaireDepose(f.getKey(), f.getVersion(), f.getDeploymentId().equals(deploiementId)))
                .toList();
        ResultatDepot resultat = new ResultatDepot(deploiementId != null, deploiementId, processus, formulaires);
        if (deploiementId != null) {
            journal.consigner("MODELE_DEPLOYE", "Deploiement", deploiementId, null, null, resultat);
        }
        return resultat;
    }

    private Depot verifier(List<Fichier> fichiers) {
        List<ChampErreur> erreurs = new ArrayList<>();
        List<ModeleLu> modeles = new ArrayList<>();
        Map<String, Fichier> formulaires = new LinkedHashMap<>();
        Set<String> noms = new HashSet<>();
        for (Fichier fichier : fichiers) {
            String nom = fichier.nom();
            String extension = nom.toLowerCase(Locale.ROOT);
            if (!noms.add(nom)) {
                erreurs.add(new ChampErreur(nom, "Le dépôt contient deux fichiers de ce nom."));
            } else if (extension.endsWith(".bpmn")) {
                lireModele(fichier, erreurs).ifPresent(modele -> modeles.add(new ModeleLu(fichier, modele)));
            } else if (extension.endsWith(".form")) {
                lireIdFormulaire(fichier, erreurs).ifPresent(id -> {
                    if (formulaires.putIfAbsent(id, fichier) != null) {
                        erreurs.add(new ChampErreur(nom, "Le formulaire « %s » figure deux fois dans le dépôt."
                                .formatted(id)));
                    }
                });
            } else {
                erreurs.add(new ChampErreur(nom, "Seuls les modèles .bpmn et les formulaires .form sont acceptés."));
            }
        }
        Set<String> cles = new HashSet<>();
        for (ModeleLu lu : modeles) {
            erreurs.addAll(validator.valider(lu.modele(),
                    id -> formulaires.containsKey(id) || formulairesDeployes.existe(id)));
            for (Process processus : lu.modele().getModelElementsByType(Process.class)) {
                if (!cles.add(processus.getId())) {
                    erreurs.add(new ChampErreur(processus.getId(),
                            "Le processus « %s » figure dans deux fichiers du dépôt.".formatted(processus.getId())));
                }
            }
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return new Depot(modeles, formulaires);
    }

    private static Optional<BpmnModelInstance> lireModele(Fichier fichier, List<ChampErreur> erreurs) {
        try {
            return Optional.of(Bpmn.readModelFromStream(new ByteArrayInputStream(fichier.contenu())));
        } catch (ModelException e) {
            erreurs.add(new ChampErreur(fichier.nom(), "Ce fichier n'est pas un modèle BPMN lisible : "
                    + e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<String> lireIdFormulaire(Fichier fichier, List<ChampErreur> erreurs) {
        try {
            JsonNode formulaire = objectMapper.readTree(fichier.contenu());
            String id = formulaire == null ? "" : formulaire.path("id").asText("");
            if (id.isBlank()) {
                erreurs.add(new ChampErreur(fichier.nom(), "Ce formulaire n'a pas d'identifiant (« id »)."));
                return Optional.empty();
            }
            return Optional.of(id);
        } catch (IOException e) {
            erreurs.add(new ChampErreur(fichier.nom(), "Ce fichier n'est pas un formulaire Camunda (JSON) lisible."));
            return Optional.empty();
        }
    }

    /** A model is new when one of its processes has no deployed version, or a different one. */
    private boolean modifie(ModeleLu lu) {
        return executables(lu.modele()).stream().anyMatch(p -> derniereVersion(p.getId())
                .map(d -> !Arrays.equals(contenu(d), lu.fichier().contenu()))
                .orElse(true));
    }

    private DeploymentWithDefinitions deployer(List<Fichier> fichiers) {
        DeploymentBuilder deploiement = repositoryService.createDeployment().name(NOM_DEPLOIEMENT)
                .source(NOM_DEPLOIEMENT);
        fichiers.forEach(f -> deploiement.addInputStream(f.nom(), new ByteArrayInputStream(f.contenu())));
        try {
            return deploiement.deployWithResult();
        } catch (ParseException e) {
            // sic: the engine spells it getResorceReports
            throw new DonneesInvalidesException(e.getResorceReports().stream()
                    .flatMap(rapport -> rapport.getErrors().stream().map(probleme -> new ChampErreur(
                            probleme.getMainElementId() != null ? probleme.getMainElementId()
                                    : rapport.getResourceName(),
                            "Le moteur refuse le modèle : " + probleme.getMessage())))
                    .toList());
        }
    }

    private static List<Process> executables(BpmnModelInstance modele) {
        return modele.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
    }

    private Optional<ProcessDefinition> derniereVersion(String cle) {
        return Optional.ofNullable(repositoryService.createProcessDefinitionQuery().processDefinitionKey(cle)
                .latestVersion().singleResult());
    }

    private byte[] contenu(ResourceDefinition definition) {
        try (InputStream ressource = repositoryService.getResourceAsStream(definition.getDeploymentId(),
                definition.getResourceName())) {
            return ressource.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
