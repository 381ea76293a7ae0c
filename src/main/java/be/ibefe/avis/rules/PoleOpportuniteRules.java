package be.ibefe.avis.rules;

import static be.ibefe.avis.rules.EligibilityRule.aVerifier;
import static be.ibefe.avis.rules.EligibilityRule.ko;
import static be.ibefe.avis.rules.EligibilityRule.ok;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.SchemasDonnees;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Avis d'opportunité of a pôle de synergies: the project must be additional, innovative or emergent in the pôle's
 * filière, and reach the publics of the pôles (qualifying-school pupils, EPS students, IFAPME learners, job seekers).
 */
@Component
public class PoleOpportuniteRules implements AvisTypeRules {

    static final Map<String, String> PUBLICS = Map.of(
            "ELEVES_QUALIFIANT", "élèves de l'enseignement secondaire technique ou professionnel",
            "ETUDIANTS_EPS", "étudiants de l'enseignement de promotion sociale",
            "APPRENANTS_IFAPME", "apprenants IFAPME",
            "DEMANDEURS_EMPLOI", "demandeurs d'emploi");

    private final ParametresRegles.Pole parametres;

    public PoleOpportuniteRules(ParametresRegles parametres) {
        this.parametres = parametres.pole();
    }

    @Override
    public AvisType type() {
        return AvisType.POLE_OPPORTUNITE;
    }

    @Override
    public List<EligibilityRule> regles() {
        return List.of(this::caractere, this::publicVise);
    }

    Critere caractere(Dossier dossier) {
        String caractere = Donnees.texte(dossier.getDonnees(), "caractere");
        if (!SchemasDonnees.CARACTERES_POLE.contains(caractere)) {
            return ko("POLE_CARACTERE", "Caractère du projet",
                    "Le projet doit être additionnel, innovant ou émergent dans la filière du pôle.");
        }
        return ok("POLE_CARACTERE", "Caractère du projet",
                "Projet %s dans la filière du pôle « %s »."
                        .formatted(caractere.toLowerCase(Locale.ROOT).replace("emergent", "émergent"),
                                Donnees.texte(dossier.getDonnees(), "pole")));
    }

    Critere publicVise(Dossier dossier) {
        String libelle = "Public visé";
        String publicVise = Donnees.texte(dossier.getDonnees(), "public");
        if (parametres.publicsVises().contains(publicVise)) {
            return ok("POLE_PUBLIC", libelle, "Public : %s.".formatted(PUBLICS.getOrDefault(publicVise, publicVise)));
        }
        return aVerifier("POLE_PUBLIC", libelle, "Public « %s » : les pôles visent les %s.".formatted(publicVise,
                String.join(", ", parametres.publicsVises().stream().map(p -> PUBLICS.getOrDefault(p, p)).toList())));
    }
}
