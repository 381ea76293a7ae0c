package be.ibefe.avis.regleslocales;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.rules.ReglesLocales;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.system.ActionInterditeException;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.RessourceIntrouvableException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operators each bassin recognises for ALE trainings, and the bassin's name: the local data the rules read
 * ({@link ReglesLocales}). A bassin's coordination keeps its list, an administrator any bassin's; whoever sees a
 * bassin reads it. Every change is an entity change, hence in the audit journal.
 */
@Service
public class OperateursAleReconnus implements ReglesLocales {

    static final int NOM_MAX = 200;
    static final int FORMATIONS_MAX = 300;

    private final OperateurAleReconnuRepository repository;
    private final Bassins bassins;
    private final Perimetre perimetre;
    private final CurrentUser utilisateur;

    OperateursAleReconnus(OperateurAleReconnuRepository repository, Bassins bassins, Perimetre perimetre,
            CurrentUser utilisateur) {
        this.repository = repository;
        this.bassins = bassins;
        this.perimetre = perimetre;
        this.utilisateur = utilisateur;
    }

    @Override
    @Transactional(readOnly = true)
    public String nomDuBassin(String bassin) {
        return bassins.lister().stream().filter(b -> b.code().equals(bassin)).map(Bassins.BassinView::nom)
                .findFirst().orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OperateurReconnu> operateursAleReconnus(String bassin) {
        return repository.findByBassinOrderByNom(bassin).stream()
                .map(o -> new OperateurReconnu(o.getNom(), o.getFormations())).toList();
    }

    /** The bassin's list; a bassin the user does not see does not exist for him. */
    @Transactional(readOnly = true)
    public ListeOperateursView liste(String bassin) {
        String code = lisible(bassin);
        return new ListeOperateursView(code, nomDuBassin(code), repository.findByBassinOrderByNom(code).stream()
                .map(ListeOperateursView.OperateurView::de).toList());
    }

    /** The bassins whose list the user may change, by code: his own, or all of them for an administrator. */
    @Transactional(readOnly = true)
    public List<Bassins.BassinView> modifiables() {
        return bassins.lister().stream().filter(b -> peutModifier(b.code())).toList();
    }

    /** Replaces the whole list, or nothing when one line is wrong. */
    @Transactional
    public ListeOperateursView remplacer(String bassin, List<OperateurSaisi> operateurs) {
        String code = modifiable(bassin);
        if (operateurs == null) {
            throw new DonneesInvalidesException("", "La liste des opérateurs est obligatoire (une liste vide la vide).");
        }
        List<ChampErreur> erreurs = new ArrayList<>();
        Set<String> vus = new HashSet<>();
        for (int i = 0; i < operateurs.size(); i++) {
            OperateurSaisi operateur = operateurs.get(i);
            verifier(operateur, "[" + i + "].", erreurs);
            if (operateur != null && operateur.nom() != null && !normaliser(operateur.nom()).isEmpty()
                    && !vus.add(normaliser(operateur.nom()))) {
                erreurs.add(new ChampErreur("[" + i + "].nom",
                        "L'opérateur « %s » figure deux fois dans la liste.".formatted(operateur.nom().trim())));
            }
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        // one by one, so that each removal is journaled as the entity it was
        repository.deleteAll(repository.findByBassinOrderByNom(code));
        repository.flush();
        repository.saveAll(operateurs.stream().map(o -> nouveau(code, o)).toList());
        return liste(code);
    }

    @Transactional
    public ListeOperateursView.OperateurView ajouter(String bassin, OperateurSaisi operateur) {
        String code = modifiable(bassin);
        List<ChampErreur> erreurs = new ArrayList<>();
        verifier(operateur, "", erreurs);
        if (erreurs.isEmpty() && repository.findByBassinOrderByNom(code).stream()
                .anyMatch(o -> normaliser(o.getNom()).equals(normaliser(operateur.nom())))) {
            erreurs.add(new ChampErreur("nom", "L'opérateur « %s » figure déjà dans la liste du bassin de %s."
                    .formatted(operateur.nom().trim(), nomDuBassin(code))));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return ListeOperateursView.OperateurView.de(repository.save(nouveau(code, operateur)));
    }

    /** Removes one operator of the list; its name, to say what was removed. */
    @Transactional
    public String supprimer(String bassin, long id) {
        String code = modifiable(bassin);
        OperateurAleReconnu operateur = repository.findById(id).filter(o -> o.getBassin().equals(code))
                .orElseThrow(() -> new RessourceIntrouvableException(
                        "Aucun opérateur n° %d dans la liste du bassin de %s.".formatted(id, nomDuBassin(code))));
        repository.delete(operateur);
        return operateur.getNom();
    }

    private String lisible(String bassin) {
        String code = existant(bassin);
        if (!utilisateur.groupes().contains(Groupes.ADMIN) && !perimetre.voit(code)) {
            throw inconnu(bassin);
        }
        return code;
    }

    private String modifiable(String bassin) {
        String code = lisible(bassin);
        if (!peutModifier(code)) {
            throw new ActionInterditeException(("Seule la coordination du bassin de %s ou un administrateur modifie "
                    + "la liste des opérateurs reconnus de ce bassin.").formatted(nomDuBassin(code)));
        }
        return code;
    }

    private boolean peutModifier(String code) {
        List<String> groupes = utilisateur.groupes();
        return groupes.contains(Groupes.ADMIN) || groupes.contains(Groupes.COORDINATION)
                && perimetre.bassinsPropres(utilisateur.login()).contains(code);
    }

    private String existant(String bassin) {
        String code = bassin == null ? "" : bassin.trim().toUpperCase(Locale.ROOT);
        if (bassins.lister().stream().noneMatch(b -> b.code().equals(code))) {
            throw inconnu(bassin);
        }
        return code;
    }

    private static RessourceIntrouvableException inconnu(String bassin) {
        String affiche = bassin == null ? "" : bassin.length() > 20 ? bassin.substring(0, 20) + "…" : bassin;
        return new RessourceIntrouvableException("Bassin « %s » inconnu.".formatted(affiche));
    }

    private static void verifier(OperateurSaisi operateur, String prefixe, List<ChampErreur> erreurs) {
        if (operateur == null) {
            erreurs.add(new ChampErreur(prefixe.isEmpty() ? "" : prefixe.substring(0, prefixe.length() - 1),
                    "Ligne vide."));
            return;
        }
        if (operateur.nom() == null || operateur.nom().isBlank()) {
            erreurs.add(new ChampErreur(prefixe + "nom", "Le nom de l'opérateur est obligatoire."));
        } else if (operateur.nom().trim().length() > NOM_MAX) {
            erreurs.add(new ChampErreur(prefixe + "nom",
                    "Le nom ne peut dépasser %d caractères.".formatted(NOM_MAX)));
        } else if (normaliser(operateur.nom()).isEmpty()) {
            // the rule finds an operator by the letters and digits of its name: without any, it would match nothing
            erreurs.add(new ChampErreur(prefixe + "nom",
                    "Le nom doit contenir des lettres ou des chiffres : « %s » n'en contient aucun."
                            .formatted(operateur.nom())));
        }
        if (operateur.formations() != null && operateur.formations().trim().length() > FORMATIONS_MAX) {
            erreurs.add(new ChampErreur(prefixe + "formations",
                    "Les formations reconnues ne peuvent dépasser %d caractères.".formatted(FORMATIONS_MAX)));
        }
    }

    private static OperateurAleReconnu nouveau(String bassin, OperateurSaisi o) {
        return new OperateurAleReconnu(bassin, o.nom().trim(),
                o.formations() == null || o.formations().isBlank() ? null : o.formations().trim());
    }

    /** As the rule compares names: case, accents and punctuation aside. */
    static String normaliser(String nom) {
        return Normalizer.normalize(nom, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").trim();
    }
}
