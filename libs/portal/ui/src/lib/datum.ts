import { Pipe, PipeTransform } from '@angular/core';
import { formatDatum } from './datum-format';

/** `{{ persoon.geboortedatum | datum }}` → 05-03-2006 */
@Pipe({ name: 'datum' })
export class DatumPipe implements PipeTransform {
  transform(waarde: string | Date | null | undefined): string {
    return formatDatum(waarde);
  }
}
