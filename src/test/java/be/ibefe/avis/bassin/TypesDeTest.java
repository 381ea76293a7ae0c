package be.ibefe.avis.bassin;

/**
 * A type declared for one unit test as {@code avis.types.<CODE>} declares it at start-up ({@link TypesDeclares}); the
 * test forgets it when it ends ({@link #retirer(AvisType)}), so that the next sees the domain's types only.
 */
public final class TypesDeTest {

    private TypesDeTest() {
    }

    public static AvisType declarer(String code, String libelle, String schema, String textes) {
        return AvisType.declarer(code, libelle, schema, textes);
    }

    public static void retirer(AvisType type) {
        AvisType.retirer(type);
    }
}
