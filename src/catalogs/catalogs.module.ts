import { Global, Module } from '@nestjs/common';
import { QueryCatalogsUseCase } from './application/query-catalogs.use-case';
import { DianCatalog } from './domain/dian-catalog';
import { CatalogsController } from './http/catalogs.controller';

/** The DIAN code tables, loaded once; they back validation and the catalogue endpoints. */
@Global()
@Module({
  controllers: [CatalogsController],
  providers: [{ provide: DianCatalog, useValue: new DianCatalog() }, QueryCatalogsUseCase],
  exports: [DianCatalog],
})
export class CatalogsModule {}
