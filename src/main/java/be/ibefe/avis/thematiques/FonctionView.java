package be.ibefe.avis.thematiques;

public record FonctionView(Long id, int annee, String libelle, String codeRome) {

    static FonctionView de(FonctionCritique f) {
        return new FonctionView(f.getId(), f.getAnnee(), f.getLibelle(), f.getCodeRome());
    }
}
