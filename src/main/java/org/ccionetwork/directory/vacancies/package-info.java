/** CCIO vacancies at NHS providers: editors post, edit and withdraw them; everyone reads them, as pages and feeds. */
package org.ccionetwork.directory.vacancies;
