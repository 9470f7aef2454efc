package org.ccionetwork.organisations;

/** A provider in the register list, with how many verified CCIOs it has now. */
public record ProviderRow(String odsCode, String name, String sector, String region, String postcode,
        boolean retired, int currentCcios) {

    public String sectorLabel() {
        return Sector.labelOf(sector);
    }
}
