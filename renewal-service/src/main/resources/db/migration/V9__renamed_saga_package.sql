-- The renewal feature's package was renamed (itc.renewal.renewal.renewal -> itc.renewal.renewal.procedure). Axon
-- finds a saga by its class name, so stored sagas take the new name; their JSON holds no class names. Stored
-- events keep the name they were written with and are read through PackageRenameUpcaster.
update saga_entry
   set saga_type = replace(saga_type, 'itc.renewal.renewal.renewal.', 'itc.renewal.renewal.procedure.')
 where saga_type like 'itc.renewal.renewal.renewal.%';
update association_value_entry
   set saga_type = replace(saga_type, 'itc.renewal.renewal.renewal.', 'itc.renewal.renewal.procedure.')
 where saga_type like 'itc.renewal.renewal.renewal.%';
