package be.ibefe.avis.system;

import java.util.List;

/** Input that breaks a rule: answered 400 with every field in error. */
public class DonneesInvalidesException extends RuntimeException {

    private final transient List<ChampErreur> erreurs;

    public DonneesInvalidesException(List<ChampErreur> erreurs) {
        super("La demande contient %d erreur(s).".formatted(erreurs.size()));
        this.erreurs = List.copyOf(erreurs);
    }

    public DonneesInvalidesException(String champ, String message) {
        this(List.of(new ChampErreur(champ, message)));
    }

    public List<ChampErreur> getErreurs() {
        return erreurs;
    }
}
