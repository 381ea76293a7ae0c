package be.ibefe.avis.bassin;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A type is stored as its code, as the enum it was ({@code dossier.type}, {@code administration.type_avis}). */
@Converter
public class AvisTypeEnBase implements AttributeConverter<AvisType, String> {

    @Override
    public String convertToDatabaseColumn(AvisType type) {
        return type == null ? null : type.name();
    }

    @Override
    public AvisType convertToEntityAttribute(String code) {
        return code == null ? null : AvisType.valueOf(code);
    }
}
