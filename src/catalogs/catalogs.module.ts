import { Global, Module } from '@nestjs/common';
import { DianCatalog } from './domain/dian-catalog';

/** The DIAN code tables, loaded once; they back validation and (later) the catalogue endpoints. */
@Global()
@Module({
  providers: [{ provide: DianCatalog, useValue: new DianCatalog() }],
  exports: [DianCatalog],
})
export class CatalogsModule {}
