package be.ibefe.avis.thematiques;

import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fonctions critiques of the bassin, one list per year of the requests it serves, kept by the coordination; the
 * APRC priority looks a request's métier up in it as in the métiers prioritaires (same matching).
 */
@Service
public class FonctionsCritiques {

    private final FonctionCritiqueRepository repository;
    private final Perimetre perimetre;

    FonctionsCritiques(FonctionCritiqueRepository repository, Perimetre perimetre) {
        this.repository = repository;
        this.perimetre = perimetre;
    }

    @Transactional(readOnly = true)
    public List<FonctionView> liste(int annee) {
        MetiersPrioritaires.verifierAnnee(annee);
        return repository.findByBassinAndAnneeOrderByLibelle(bassin(), annee).stream().map(FonctionView::de).toList();
    }

    @Transactional(readOnly = true)
    public boolean listeExiste(String bassin, int annee) {
        return repository.existsByBassinAndAnnee(bassin, annee);
    }

    /** Replaces the year's whole list, or nothing when one line is wrong. */
    @Transactional
    public List<FonctionView> remplacer(int annee, List<FonctionSaisie> fonctions) {
        MetiersPrioritaires.verifierAnnee(annee);
        List<ChampErreur> erreurs = new ArrayList<>();
        Set<String> vues = new HashSet<>();
        for (int i = 0; i < fonctions.size(); i++) {
            FonctionSaisie f = fonctions.get(i);
            String champ = "[" + i + "]";
            if (f == null || f.libelle() == null || f.libelle().isBlank()) {
                erreurs.add(new ChampErreur(champ + ".libelle", "Le libellé de la fonction critique est obligatoire."));
                continue;
            }
            if (f.libelle().length() > 300) {
                erreurs.add(new ChampErreur(champ + ".libelle", "Le libellé ne peut dépasser 300 caractères."));
            } else if (MetiersPrioritaires.normaliser(f.libelle()).isEmpty()) {
                erreurs.add(new ChampErreur(champ + ".libelle",
                        "Le libellé doit contenir des lettres ou des chiffres : « %s » n'en contient aucun."
                                .formatted(f.libelle())));
            } else if (!vues.add(MetiersPrioritaires.normaliser(f.libelle()))) {
                erreurs.add(new ChampErreur(champ + ".libelle",
                        "La fonction « %s » figure deux fois dans la liste.".formatted(f.libelle())));
            }
            MetiersPrioritaires.verifierCodeRome(f.codeRome(), champ + ".codeRome", erreurs);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        String bassin = bassin();
        repository.supprimerAnnee(bassin, annee);
        repository.flush();
        repository.saveAll(fonctions.stream()
                .map(f -> new FonctionCritique(bassin, annee, f.libelle().trim(), f.codeRome())).toList());
        return liste(annee);
    }

    /** The fonction critique a request names: same ROME code, or same label as the métiers prioritaires match. */
    @Transactional(readOnly = true)
    public Optional<FonctionCritique> trouver(String bassin, int annee, String metier, String codeRome) {
        return repository.findByBassinAndAnneeOrderByLibelle(bassin, annee).stream()
                .filter(f -> MetiersPrioritaires.designe(f.getLibelle(), f.getCodeRome(), metier, codeRome))
                .findFirst();
    }

    private String bassin() {
        return perimetre.pourSaisie(null, "bassin");
    }
}
