import { planbaar, terug } from './1734500000000-rls-planner';

describe('RLS policy rewrite for the planner', () => {
  const casus = '((regio_id = app_regio()) AND (app_is_rmc() OR app_rol_leeg() OR casus_gedeeld_met_mij(id)))';
  const persoon =
    '((regio_id = app_regio()) AND (app_is_rmc() OR (EXISTS ( SELECT 1 FROM casus c WHERE ((c.persoon_id = persoon.id) AND casus_gedeeld_met_mij(c.id))))))';

  it('wraps every session function in a sub-select and turns the per-row share check into one array', () => {
    expect(planbaar(casus)).toBe(
      '((regio_id = (SELECT app_regio())) AND ((SELECT app_is_rmc()) OR (SELECT app_rol_leeg()) OR (id = ANY ((SELECT app_gedeelde_casussen())::uuid[]))))',
    );
    expect(planbaar(persoon)).toContain('(c.id = ANY ((SELECT app_gedeelde_casussen())::uuid[]))');
  });

  it('is idempotent on what PostgreSQL prints back, and reversible', () => {
    const geprint = (e: string) => e.replace(/\(SELECT (\w+)\(\)\)/g, '( SELECT $1() AS $1)');
    const eenmaal = geprint(planbaar(casus));
    expect(planbaar(eenmaal)).toBe(eenmaal);
    expect(terug(eenmaal)).toBe(casus);
  });

  it('leaves expressions without session functions alone', () => {
    expect(planbaar("(status = 'open'::text)")).toBe("(status = 'open'::text)");
  });
});
