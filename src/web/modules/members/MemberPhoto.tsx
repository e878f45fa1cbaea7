import { CameraOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Upload } from 'antd';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { MemberAvatar } from './MemberAvatar';
import { errorText, isConflict, memberKeys } from './refs';
import type { MemberDetail } from './types';

const MAX_BYTES = 5 * 1024 * 1024;

/** The member's photo; staff who may edit the member can upload a new one (attachment + PATCH). */
export function MemberPhoto({ member, size }: { member: MemberDetail; size: number }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('ownerType', 'member');
      form.append('ownerId', member.id);
      form.append('file', file, file.name);
      const att = await api.upload<{ id: string }>('/api/attachments', form);
      return api.patch<MemberDetail>(`/api/members/${member.id}`, { photoAttachmentId: att.id, version: member.version });
    },
    onSuccess: async () => {
      message.success(t('members.photoUploaded'));
      await qc.invalidateQueries({ queryKey: memberKeys.all });
    },
    onError: async (e) => {
      if (isConflict(e)) {
        message.warning(t('msg.conflict'));
        await qc.invalidateQueries({ queryKey: memberKeys.all });
      } else message.error(errorText(e));
    },
  });

  return (
    <div className="member-photo">
      <MemberAvatar photoId={member.photoAttachmentId} name={member.name} size={size} />
      {member.abilities.update && (
        <Upload
          accept=".jpg,.jpeg,.png,image/jpeg,image/png"
          showUploadList={false}
          beforeUpload={(f) => {
            if (!/\.(jpe?g|png)$/i.test(f.name)) message.error(t('members.photoType'));
            else if (f.size > MAX_BYTES) message.error(t('members.photoTooLarge'));
            else upload.mutate(f);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button size="small" type="link" icon={<CameraOutlined />} loading={upload.isPending}>
            {member.photoAttachmentId ? t('members.action.changePhoto') : t('members.action.uploadPhoto')}
          </Button>
        </Upload>
      )}
    </div>
  );
}
