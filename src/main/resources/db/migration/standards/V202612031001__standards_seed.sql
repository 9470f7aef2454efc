-- The standards the tracker starts with; each name and link was checked against its publisher's own page
-- (see the README's standards section). Editors keep the list from here at /admin/standards.
insert into standards.standard (slug, name, description, link, kind, position) values
('nhs-number', 'NHS number', 'The only national unique patient identifier in England and Wales, used as the primary identifier in every record and message.',
    'https://digital.nhs.uk/services/nhs-number', 'IDENTIFIERS', 10),
('snomed-ct', 'SNOMED CT', 'The single clinical terminology for the NHS: diagnoses, findings and procedures recorded as coded clinical concepts in patient records.',
    'https://www.england.nhs.uk/long-read/clinical-coding-snomed-ct/', 'TERMINOLOGIES', 20),
('dm-d', 'NHS dictionary of medicines and devices (dm+d)', 'The NHS standard (SCCI0052) for identifying medicines and medical devices in clinical systems, maintained by the NHS Business Services Authority.',
    'https://www.nhsbsa.nhs.uk/pharmacies-gp-practices-and-appliance-contractors/dictionary-medicines-and-devices-dmd', 'TERMINOLOGIES', 30),
('prsb-core-information-standard', 'PRSB Core Information Standard', 'The Professional Record Standards Body''s set of information to share between systems in different care settings, for shared care records.',
    'https://theprsb.org/core-information-standard-v2-0/', 'RECORDS_AND_DOCUMENTS', 40),
('prsb-edischarge-summary', 'PRSB eDischarge Summary Standard', 'Structured, coded discharge summaries from hospital to GP practices, care homes and community services: diagnoses, medications, procedures and allergies.',
    'https://theprsb.org/standards/edischargesummary/', 'RECORDS_AND_DOCUMENTS', 50),
('prsb-emergency-care-discharge', 'PRSB Emergency Care Discharge Standard', 'Coded, structured discharge information sent from emergency care to GP practices.',
    'https://theprsb.org/standards/emergencycaredischarge/', 'RECORDS_AND_DOCUMENTS', 60),
('fhir-uk-core', 'HL7 FHIR UK Core', 'The common set of HL7 FHIR R4 profiles for exchanging information in APIs, documents and messages across the four nations.',
    'https://digital.nhs.uk/services/fhir-uk-core', 'MESSAGING_AND_APIS', 70),
('gp-connect', 'GP Connect', 'Secure access to a patient''s GP record from approved clinical systems outside the GP practice, for direct care.',
    'https://digital.nhs.uk/services/gp-connect', 'MESSAGING_AND_APIS', 80),
('e-referral-service', 'NHS e-Referral Service (e-RS)', 'The national digital platform for referring patients to services, booking appointments and advice and guidance between clinicians.',
    'https://digital.nhs.uk/services/e-referral-service', 'MESSAGING_AND_APIS', 90),
('electronic-prescription-service', 'Electronic Prescription Service (EPS)', 'Prescriptions sent electronically from prescriber to dispenser, now extended from primary care to hospital, community and mental health trusts.',
    'https://digital.nhs.uk/services/electronic-prescription-service', 'MESSAGING_AND_APIS', 100),
('mesh', 'Message Exchange for Social Care and Health (MESH)', 'The national service for sending messages and large files securely between health and care organisations.',
    'https://digital.nhs.uk/services/message-exchange-for-social-care-and-health-mesh', 'MESSAGING_AND_APIS', 110),
('dcb0129', 'DCB0129 clinical risk management (manufacture)', 'Clinical Risk Management: its Application in the Manufacture of Health IT Systems, for the suppliers of the systems a provider uses.',
    'https://digital.nhs.uk/data-and-information/information-standards/information-standards-and-data-collections-including-extractions/publications-and-notifications/standards-and-collections/dcb0129-clinical-risk-management-its-application-in-the-manufacture-of-health-it-systems',
    'SAFETY_AND_ASSURANCE', 120),
('dcb0160', 'DCB0160 clinical risk management (deployment and use)', 'Clinical Risk Management: its Application in the Deployment and Use of Health IT Systems: a clinical safety officer, hazard log and safety case for each system deployed.',
    'https://digital.nhs.uk/services/clinical-safety/clinical-risk-management-standards', 'SAFETY_AND_ASSURANCE', 130),
('dtac', 'Digital Technology Assessment Criteria (DTAC)', 'The national baseline for assessing digital health technologies before they are bought: clinical safety, data protection, technical security, interoperability, usability and accessibility.',
    'https://digital.nhs.uk/services/digital-technology-assessment-criteria-dtac', 'SAFETY_AND_ASSURANCE', 140),
('dspt', 'Data Security and Protection Toolkit (DSPT)', 'The annual self-assessment against the National Data Guardian''s ten data security standards, for every organisation with access to NHS patient data.',
    'https://www.dsptoolkit.nhs.uk/', 'SAFETY_AND_ASSURANCE', 150),
('cis2', 'NHS Care Identity Service 2 (CIS2)', 'Secure authentication of health and care staff to national clinical systems, by smartcard or other authenticators, through OpenID Connect.',
    'https://digital.nhs.uk/services/care-identity-service/applications-and-services/nhs-care-identity-service-2', 'IDENTITY_AND_ACCESS', 160);

-- Replaced by the NHS e-Referral Service on 15 June 2015: kept, retired, so that the list shows what came before.
insert into standards.standard (slug, name, description, link, kind, position, retired_at) values
('choose-and-book', 'Choose and Book', 'The electronic booking service for referrals, replaced by the NHS e-Referral Service in June 2015.',
    'https://digital.nhs.uk/services/e-referral-service', 'MESSAGING_AND_APIS', 900, timestamptz '2015-06-15 00:00:00+01');
